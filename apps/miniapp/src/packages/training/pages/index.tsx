import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad, usePullDownRefresh } from '@tarojs/taro';
import type { TrainingCourseResponse, TrainingCourseType } from '@steadywork/shared';
import { fetchMe } from '@/services/auth';
import { showError } from '@/services/feedback';
import { goToLogin, routes, withQuery } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';
import { Button } from '@/ui/nutui';
import {
  COURSE_TYPES,
  buildOpenCourseQuery,
  courseTypeLabel,
  fillTemplate,
  isTrainer,
  mergePage,
  originNote,
  regionSteps,
  type CourseFilter,
  type ListOrigin,
} from '../training-model';
import { CourseCard } from '../components/course-card';
import { OptionChips } from '../components/option-chips';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { TrainingNav } from '../components/training-nav';
import { fetchMyProfile, fetchOpenCourses } from '../api';
import { locate, openLocationSettings } from '../location';
import { trainingText } from '../locales/zh-CN';
import '../training.css';

const m = trainingText.list;

type Status = 'locating' | 'loading' | 'failed' | 'ready';

interface Listing {
  origin: ListOrigin;
  /** The region the list is limited to (for a worker without a location); null: everything. */
  regionCode: string | null;
  /** The worker's county had no open course, so the list is wider. */
  widened: boolean;
  items: TrainingCourseResponse[];
  total: number;
  page: number;
}

const ALL = 'ALL';
type TypeChip = TrainingCourseType | typeof ALL;

/** Where the list starts from: the worker's location, else the region they registered with. */
async function findOrigin(): Promise<{ origin: ListOrigin; denied: boolean }> {
  const located = await locate();
  if (located.ok) return { origin: { kind: 'location', location: located.location }, denied: false };
  const denied = located.reason === 'denied';
  try {
    const profile = await fetchMyProfile();
    if (profile?.regionCode) {
      return { origin: { kind: 'region', regionCode: profile.regionCode, regionName: profile.regionName }, denied };
    }
  } catch {
    // no region either: every open course
  }
  return { origin: { kind: 'none' }, denied };
}

/**
 * 技能培训: courses open for enrolment near the worker (GET /training/courses/open?lat=&lng=,
 * sorted by distance), by type and 家政. Without a location, the worker's county, then its city,
 * then the whole province. Staff in trainer mode go to their own courses instead.
 */
export default function TrainingIndexPage() {
  const [status, setStatus] = useState<Status>('locating');
  const [listing, setListing] = useState<Listing | null>(null);
  const [filter, setFilter] = useState<CourseFilter>({ type: null, domesticOnly: false });
  const [loadingMore, setLoadingMore] = useState(false);
  const denied = useRef(false);
  // Only the newest load may write: a filter tapped while another page is on its way wins.
  const generation = useRef(0);

  const loadFirst = async (origin: ListOrigin, next: CourseFilter) => {
    const mine = ++generation.current;
    setStatus('loading');
    try {
      const steps = origin.kind === 'region' ? regionSteps(origin.regionCode) : [null];
      let regionCode: string | null = null;
      let res = await fetchOpenCourses(buildOpenCourseQuery(origin, next, 1, steps[0]));
      regionCode = steps[0];
      for (const step of steps.slice(1)) {
        if (res.total > 0) break;
        res = await fetchOpenCourses(buildOpenCourseQuery(origin, next, 1, step));
        regionCode = step;
      }
      if (mine !== generation.current) return;
      const widened = origin.kind === 'region' && regionCode !== origin.regionCode;
      setListing({ origin, regionCode, widened, items: res.items, total: res.total, page: 1 });
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
    try {
      // Trainers (staff) use the mini-program for attendance: their own courses.
      if (isTrainer(await fetchMe())) {
        void Taro.redirectTo({ url: routes.trainingTrainer });
        return;
      }
    } catch {
      // not known now: the open courses are for anyone signed in
    }
    const found = await findOrigin();
    if (mine !== generation.current) return;
    denied.current = found.denied;
    await loadFirst(found.origin, filter);
  };

  useLoad(() => {
    void start();
  });

  usePullDownRefresh(() => {
    void (listing ? loadFirst(listing.origin, filter) : start()).finally(() => void Taro.stopPullDownRefresh());
  });

  const relocate = async () => {
    if (denied.current) await openLocationSettings();
    await start();
  };

  const changeFilter = (next: CourseFilter) => {
    setFilter(next);
    if (listing) void loadFirst(listing.origin, next);
    else void start();
  };

  const loadMore = async () => {
    if (!listing || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    try {
      const res = await fetchOpenCourses(
        buildOpenCourseQuery(listing.origin, filter, listing.page + 1, listing.regionCode),
      );
      if (mine !== generation.current) return;
      setListing((prev) =>
        prev ? { ...prev, items: mergePage(prev.items, res.items), total: res.total, page: prev.page + 1 } : prev,
      );
    } catch (err) {
      showError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  const open = (course: TrainingCourseResponse) =>
    void Taro.navigateTo({
      url: withQuery(routes.trainingCourse, {
        id: course.id,
        distance: course.distanceMeters != null ? Math.round(course.distanceMeters) : undefined,
      }),
    });

  const typeChips = [
    { value: ALL as TypeChip, label: m.allTypes },
    ...COURSE_TYPES.map((t) => ({ value: t as TypeChip, label: courseTypeLabel(t) })),
  ];
  const items = listing?.items ?? [];
  const filtered = filter.type !== null || filter.domesticOnly;

  return (
    <View className="training-page training-list-page">
      <View className="training-header">
        <Text className="training-header-title">{m.title}</Text>
        <Text className="training-header-sub">{m.intro}</Text>
      </View>
      <TrainingNav />

      <View className="training-toolbar">
        <OptionChips<TypeChip>
          options={[...typeChips, { value: 'DOMESTIC' as TypeChip, label: m.domesticOnly }]}
          value={[filter.type ?? ALL, ...(filter.domesticOnly ? ['DOMESTIC' as TypeChip] : [])]}
          testIdPrefix="course-filter"
          onChange={(value) =>
            value === ('DOMESTIC' as TypeChip)
              ? changeFilter({ ...filter, domesticOnly: !filter.domesticOnly })
              : changeFilter({ ...filter, type: value === ALL ? null : value })
          }
        />
      </View>

      {listing && status !== 'locating' && (
        <View className="training-note-row">
          <Text className={`training-note training-origin-${listing.origin.kind}`} data-testid="course-location-note">
            {originNote(listing.origin, listing.widened)}
            {listing.total > 0 ? ` ${fillTemplate(m.total, { total: listing.total })}` : ''}
          </Text>
          {listing.origin.kind !== 'location' && (
            <Text className="training-link" data-testid="course-relocate" onClick={() => void relocate()}>
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
        <Empty text={filtered ? m.emptyFiltered : m.empty} testId="courses-empty">
          {filtered && (
            <Button className="training-show-all" onClick={() => changeFilter({ type: null, domesticOnly: false })}>
              {m.showAll}
            </Button>
          )}
        </Empty>
      )}

      {status === 'ready' && (
        <View className="training-list" data-testid="course-list">
          {items.map((course) => (
            <CourseCard key={course.id} course={course} onOpen={open} />
          ))}
        </View>
      )}

      {status === 'ready' && listing && items.length < listing.total && (
        <View className="training-actions">
          <Button
            block
            className="training-load-more"
            data-testid="course-load-more"
            loading={loadingMore}
            disabled={loadingMore}
            onClick={() => void loadMore()}
          >
            {loadingMore ? trainingText.common.loadingMore : trainingText.common.loadMore}
          </Button>
        </View>
      )}
    </View>
  );
}
