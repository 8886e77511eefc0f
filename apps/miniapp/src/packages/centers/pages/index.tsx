import { useRef, useState } from 'react';
import { Map as TaroMap, Text, View } from '@tarojs/components';
import Taro, { useLoad, usePullDownRefresh } from '@tarojs/taro';
import type { CenterResponse, CenterService } from '@steadywork/shared';
import { showError } from '@/services/feedback';
import { goToLogin, routes, withQuery } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';
import { Button } from '@/ui/nutui';
import {
  FILTER_SERVICES,
  buildCenterQuery,
  centerMarkers,
  fillTemplate,
  mapCenter,
  mergePage,
  originNote,
  serviceLabel,
  sortByRegion,
  type ListOrigin,
} from '../centers-model';
import { CenterCard } from '../components/center-card';
import { OptionChips } from '../components/option-chips';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { fetchCenters, fetchMyProfile } from '../api';
import { locate, mapSupported, openLocationSettings } from '../location';
import { centersText } from '../locales/zh-CN';
import markerIcon from '../assets/marker.png';
import '../centers.css';

const m = centersText.list;

type Status = 'locating' | 'loading' | 'failed' | 'ready';
type ViewMode = 'list' | 'map';

interface Listing {
  origin: ListOrigin;
  /** The worker's region had no center, so the list is the whole registry. */
  widened: boolean;
  items: CenterResponse[];
  total: number;
  page: number;
}

const ALL = 'ALL';
type Filter = CenterService | typeof ALL;

/** Where the list starts from: the worker's location, else the region they registered with. */
async function findOrigin(): Promise<{ origin: ListOrigin; denied: boolean }> {
  const located = await locate();
  if (located.ok) return { origin: { kind: 'location', location: located.location }, denied: false };
  const denied = located.reason === 'denied';
  try {
    const profile = await fetchMyProfile();
    if (profile?.regionCode) {
      return {
        origin: { kind: 'region', regionCode: profile.regionCode, regionName: profile.regionName },
        denied,
      };
    }
  } catch {
    // no region either: the registry in the API's order
  }
  return { origin: { kind: 'none' }, denied };
}

/**
 * 帮扶中心: the centers nearest the worker (GET /centers?lat=&lng=, sorted by distance), filtered
 * by service, as a list or, on WeChat, a map. Without a location, the worker's region comes first.
 */
export default function CentersIndexPage() {
  const [status, setStatus] = useState<Status>('locating');
  const [listing, setListing] = useState<Listing | null>(null);
  const [filter, setFilter] = useState<Filter>(ALL);
  const [mode, setMode] = useState<ViewMode>('list');
  const [loadingMore, setLoadingMore] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const denied = useRef(false);
  // Only the newest load may write: a filter tapped while another page is on its way wins.
  const generation = useRef(0);

  const fetchPage = async (origin: ListOrigin, service: CenterService | null, page: number, widened: boolean) => {
    const res = await fetchCenters(buildCenterQuery(origin, service, page, { withRegion: !widened }));
    const items = origin.kind === 'region' ? sortByRegion(res.items, origin.regionCode) : res.items;
    return { items, total: res.total };
  };

  /** The first page for an origin and a filter; a region without centers widens to the whole registry. */
  const loadFirst = async (origin: ListOrigin, next: Filter) => {
    const service = next === ALL ? null : next;
    const mine = ++generation.current;
    setStatus('loading');
    setSelected(null);
    try {
      let widened = false;
      let first = await fetchPage(origin, service, 1, false);
      if (origin.kind === 'region' && first.total === 0) {
        widened = true;
        first = await fetchPage(origin, service, 1, true);
      }
      if (mine !== generation.current) return;
      setListing({ origin, widened, items: first.items, total: first.total, page: 1 });
      setStatus('ready');
    } catch (err) {
      if (mine !== generation.current) return;
      showError(err);
      setStatus('failed');
    }
  };

  const start = async () => {
    if (!tokenStorage.hasSession()) {
      goToLogin();
      return;
    }
    const mine = ++generation.current;
    setStatus('locating');
    const found = await findOrigin();
    if (mine !== generation.current) return;
    denied.current = found.denied;
    await loadFirst(found.origin, filter);
  };

  useLoad(() => {
    void start();
  });

  usePullDownRefresh(() => {
    void start().finally(() => void Taro.stopPullDownRefresh());
  });

  const relocate = async () => {
    if (denied.current) await openLocationSettings();
    await start();
  };

  const changeFilter = (next: Filter) => {
    if (next === filter && status === 'ready') return;
    setFilter(next);
    if (listing) void loadFirst(listing.origin, next);
    else void start();
  };

  const loadMore = async () => {
    if (!listing || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    try {
      const next = await fetchPage(listing.origin, filter === ALL ? null : filter, listing.page + 1, listing.widened);
      if (mine !== generation.current) return;
      setListing((prev) =>
        prev ? { ...prev, items: mergePage(prev.items, next.items), total: next.total, page: prev.page + 1 } : prev,
      );
    } catch (err) {
      showError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  // The detail is not asked with a location: it shows the distance the list showed.
  const open = (center: CenterResponse) =>
    void Taro.navigateTo({
      url: withQuery(routes.centerDetail, {
        id: center.id,
        distance: center.distanceMeters != null ? Math.round(center.distanceMeters) : undefined,
      }),
    });

  const chips = [
    { value: ALL as Filter, label: m.allServices },
    ...FILTER_SERVICES.map((s) => ({ value: s as Filter, label: serviceLabel(s) })),
  ];
  const items = listing?.items ?? [];
  const showMap = mode === 'map' && mapSupported();
  const selectedCenter = items.find((c) => c.id === selected) ?? null;

  return (
    <View className="centers-page centers-list-page">
      <View className="centers-header">
        <Text className="centers-header-title">{m.title}</Text>
        <Text className="centers-header-sub">{m.intro}</Text>
      </View>
      <View className="centers-nav">
        <View
          className="centers-nav-link"
          data-testid="center-nav-requests"
          onClick={() => void Taro.navigateTo({ url: routes.serviceRequests })}
        >
          <Text>{m.myRequests}</Text>
        </View>
      </View>

      <View className="centers-toolbar">
        <OptionChips<Filter> options={chips} value={filter} testIdPrefix="center-filter" onChange={changeFilter} />
        {mapSupported() ? (
          <View className="centers-view-toggle">
            <View
              className={`centers-view-option${mode === 'list' ? ' centers-view-option-active' : ''}`}
              data-testid="center-view-list"
              onClick={() => setMode('list')}
            >
              <Text>{m.viewList}</Text>
            </View>
            <View
              className={`centers-view-option${mode === 'map' ? ' centers-view-option-active' : ''}`}
              data-testid="center-view-map"
              onClick={() => setMode('map')}
            >
              <Text>{m.viewMap}</Text>
            </View>
          </View>
        ) : (
          <Text className="centers-note centers-map-unsupported" data-testid="center-map-unsupported">
            {m.mapUnsupported}
          </Text>
        )}
      </View>

      {listing && status !== 'locating' && (
        <View className="centers-note-row">
          <Text className={`centers-note centers-origin-${listing.origin.kind}`} data-testid="center-location-note">
            {originNote(listing.origin, listing.widened)}
            {listing.total > 0 ? ` ${fillTemplate(m.total, { total: listing.total })}` : ''}
          </Text>
          {listing.origin.kind !== 'location' && (
            <Text className="centers-link" data-testid="center-relocate" onClick={() => void relocate()}>
              {m.relocate}
            </Text>
          )}
        </View>
      )}

      {status === 'locating' && <Loading text={m.locating} />}
      {status === 'loading' && <Loading />}
      {status === 'failed' && (
        <LoadFailed onRetry={() => void (listing ? loadFirst(listing.origin, filter) : start())} />
      )}
      {status === 'ready' && items.length === 0 && (
        <Empty
          text={filter === ALL ? m.empty : fillTemplate(m.emptyFiltered, { service: serviceLabel(filter) })}
          testId="centers-empty"
        >
          {filter !== ALL && (
            <Button className="centers-show-all" onClick={() => changeFilter(ALL)}>
              {m.showAll}
            </Button>
          )}
        </Empty>
      )}

      {status === 'ready' && items.length > 0 && showMap && listing && (
        <View className="centers-map-wrap" data-testid="center-map">
          <TaroMap
            id="centers-map"
            className="centers-map"
            latitude={mapCenter(listing.origin, items).latitude}
            longitude={mapCenter(listing.origin, items).longitude}
            scale={12}
            showLocation={listing.origin.kind === 'location'}
            markers={centerMarkers(items, markerIcon as string)}
            includePoints={items.map((c) => ({ latitude: c.latitude, longitude: c.longitude }))}
            onMarkerTap={(ev) => setSelected(Number(ev.detail.markerId))}
            // A map that cannot show (no map service) leaves the list
            onError={() => setMode('list')}
            onCalloutTap={(ev) => {
              const center = items.find((c) => c.id === Number(ev.detail.markerId));
              if (center) open(center);
            }}
          />
          {selectedCenter ? (
            <CenterCard center={selectedCenter} onOpen={open} />
          ) : (
            <Text className="centers-note centers-map-hint">{m.mapHint}</Text>
          )}
        </View>
      )}

      {status === 'ready' && !showMap && (
        <View className="centers-list" data-testid="center-list">
          {items.map((center) => (
            <CenterCard key={center.id} center={center} onOpen={open} />
          ))}
        </View>
      )}

      {status === 'ready' && !showMap && listing && items.length < listing.total && (
        <View className="centers-actions">
          <Button
            block
            className="centers-load-more"
            data-testid="center-load-more"
            loading={loadingMore}
            disabled={loadingMore}
            onClick={() => void loadMore()}
          >
            {loadingMore ? m.loadingMore : m.loadMore}
          </Button>
        </View>
      )}
    </View>
  );
}
