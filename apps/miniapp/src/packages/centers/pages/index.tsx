import { useRef, useState } from 'react';
import { Map as TaroMap, Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import type { CenterResponse, CenterService } from '@steadywork/shared';
import { usePagedList } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import {
  FILTER_SERVICES,
  buildCenterQuery,
  centerMarkers,
  fillTemplate,
  mapCenter,
  originNote,
  serviceLabel,
  sortByRegion,
  type ListOrigin,
} from '../centers-model';
import { CenterCard } from '../components/center-card';
import { fetchCenters } from '../api';
import { Empty, LoadFailed, LoadMore, Loading, NavLinks, OptionChips, Page } from '../kit';
import { findOrigin, mapSupported, openLocationSettings } from '../location';
import { centersText } from '../locales';
import markerIcon from '../assets/marker.png';
import '../centers.css';
import { useNavTitle } from '@/i18n/use-nav-title';

const m = centersText.list;

type ViewMode = 'list' | 'map';

const ALL = 'ALL';
type Filter = CenterService | typeof ALL;

interface Listing {
  origin: ListOrigin;
  filter: Filter;
  /** The worker's region had no center, so the list is the whole registry. */
  widened: boolean;
}

async function fetchPage({ origin, filter, widened }: Listing, page: number) {
  const res = await fetchCenters(
    buildCenterQuery(origin, filter === ALL ? null : filter, page, { withRegion: !widened }),
  );
  const items = origin.kind === 'region' ? sortByRegion(res.items, origin.regionCode) : res.items;
  return { items, total: res.total };
}

/** The first page; a region without centers widens to the whole registry. */
async function fetchFirst(listing: Listing) {
  const near = { ...listing, widened: false };
  const first = await fetchPage(near, 1);
  if (listing.origin.kind !== 'region' || first.total > 0) return { query: near, ...first };
  const wide = { ...listing, widened: true };
  return { query: wide, ...(await fetchPage(wide, 1)) };
}

/**
 * Support centers: the centers nearest the worker (GET /centers?lat=&lng=, sorted by distance), filtered
 * by service, as a list or, on WeChat, a map. Without a location, the worker's region comes first.
 */
export default function CentersIndexPage() {
  useNavTitle(centersText.nav.index);
  const [filter, setFilter] = useState<Filter>(ALL);
  const [mode, setMode] = useState<ViewMode>('list');
  const [selected, setSelected] = useState<number | null>(null);
  const denied = useRef(false);
  const list = usePagedList({ fetchPage, fetchFirst, onRefresh: (): Promise<void> => start() });

  const start = (next: Filter = filter): Promise<void> => {
    setSelected(null);
    return list.load(async () => {
      const found = await findOrigin();
      denied.current = found.denied;
      return { origin: found.origin, filter: next, widened: false };
    });
  };

  useLoad(() => {
    void start();
  });

  const relocate = async () => {
    if (denied.current) await openLocationSettings();
    await start();
  };

  const changeFilter = (next: Filter) => {
    if (next === filter && list.status === 'ready') return;
    setFilter(next);
    if (!list.query) {
      void start(next);
      return;
    }
    setSelected(null);
    void list.load({ ...list.query, filter: next });
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
  const { items, query: listing, status } = list;
  const showMap = mode === 'map' && mapSupported();
  const selectedCenter = items.find((c) => c.id === selected) ?? null;

  return (
    <Page className="centers-list-page" title={m.title} intro={m.intro}>
      <NavLinks
        links={[{ key: 'requests', text: m.myRequests, url: routes.serviceRequests }]}
        testIdPrefix="center-nav"
      />

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
          <Text className="kit-note centers-note centers-map-unsupported" data-testid="center-map-unsupported">
            {m.mapUnsupported}
          </Text>
        )}
      </View>

      {listing && status !== 'preparing' && (
        <View className="kit-note-row centers-note-row">
          <Text
            className={`kit-note centers-note centers-origin-${listing.origin.kind}`}
            data-testid="center-location-note"
          >
            {originNote(listing.origin, listing.widened)}
            {list.total > 0 ? ` ${fillTemplate(m.total, { total: list.total })}` : ''}
          </Text>
          {listing.origin.kind !== 'location' && (
            <Text className="kit-link centers-link" data-testid="center-relocate" onClick={() => void relocate()}>
              {m.relocate}
            </Text>
          )}
        </View>
      )}

      {status === 'preparing' && <Loading text={m.locating} />}
      {status === 'loading' && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void (listing ? list.reload() : start())} />}
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
            <Text className="kit-note centers-note centers-map-hint">{m.mapHint}</Text>
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

      {!showMap && list.hasMore && (
        <LoadMore testId="center-load-more" loading={list.loadingMore} onClick={() => void list.loadMore()} />
      )}
    </Page>
  );
}
