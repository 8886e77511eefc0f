import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import type { TrainingCourseResponse, TrainingCourseType } from '@steadywork/shared';
import { fetchMe } from '@/services/auth';
import { usePagedList } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import {
  COURSE_TYPES,
  buildOpenCourseQuery,
  courseTypeLabel,
  fillTemplate,
  isTrainer,
  originNote,
  regionSteps,
  type CourseFilter,
  type ListOrigin,
} from '../training-model';
import { CourseCard } from '../components/course-card';
import { fetchOpenCourses } from '../api';
import { Empty, LoadFailed, LoadMore, Loading, NavLinks, OptionChips, Page } from '../kit';
import { findOrigin, openLocationSettings } from '../location';
import { trainingText } from '../locales';
import '../training.css';

const m = trainingText.list;

/** Read at render, so the links speak the current language. */
const links = () => [
  { key: 'enrolments', text: trainingText.nav.enrolments, url: routes.trainingEnrolments },
  { key: 'checkin', text: trainingText.nav.checkIn, url: routes.trainingCheckIn },
  { key: 'completions', text: trainingText.nav.completions, url: routes.trainingCompletions },
  { key: 'learning', text: trainingText.nav.learning, url: routes.trainingLearning },
];

interface Listing {
  origin: ListOrigin;
  filter: CourseFilter;
  /** The region the list is limited to (for a worker without a location); null: everything. */
  regionCode: string | null;
  /** The worker's county had no open course, so the list is wider. */
  widened: boolean;
}

const ALL = 'ALL';
type TypeChip = TrainingCourseType | typeof ALL;

const fetchPage = (listing: Listing, page: number) =>
  fetchOpenCourses(buildOpenCourseQuery(listing.origin, listing.filter, page, listing.regionCode));

/** The first page: without a location, the worker's county, else its city, else the province. */
async function fetchFirst(listing: Listing) {
  const { origin } = listing;
  const steps = origin.kind === 'region' ? regionSteps(origin.regionCode) : [null];
  let regionCode = steps[0];
  let res = await fetchPage({ ...listing, regionCode }, 1);
  for (const step of steps.slice(1)) {
    if (res.total > 0) break;
    res = await fetchPage({ ...listing, regionCode: step }, 1);
    regionCode = step;
  }
  const widened = origin.kind === 'region' && regionCode !== origin.regionCode;
  return { query: { ...listing, regionCode, widened }, items: res.items, total: res.total };
}

/**
 * Skills training: courses open for enrolment near the worker (GET /training/courses/open?lat=&lng=,
 * sorted by distance), by type and domestic services. Without a location, the worker's county, then its city,
 * then the whole province. Staff in trainer mode go to their own courses instead.
 */
export default function TrainingIndexPage() {
  useNavTitle(trainingText.nav.index);
  const [filter, setFilter] = useState<CourseFilter>({ type: null, domesticOnly: false });
  const denied = useRef(false);
  const list = usePagedList({
    fetchPage,
    fetchFirst,
    onRefresh: (): Promise<void> => (list.query ? list.reload() : start()),
  });

  const start = (): Promise<void> =>
    list.load(async () => {
      try {
        // Trainers (staff) use the mini-program for attendance: their own courses.
        if (isTrainer(await fetchMe())) {
          void Taro.redirectTo({ url: routes.trainingTrainer });
          return null;
        }
      } catch {
        // not known now: the open courses are for anyone signed in
      }
      const found = await findOrigin();
      denied.current = found.denied;
      return { origin: found.origin, filter, regionCode: null, widened: false };
    });

  useLoad(() => {
    void start();
  });

  const relocate = async () => {
    if (denied.current) await openLocationSettings();
    await start();
  };

  const changeFilter = (next: CourseFilter) => {
    setFilter(next);
    if (list.query) void list.load({ ...list.query, filter: next });
    else void start();
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
  const { items, query: listing, status } = list;
  const filtered = filter.type !== null || filter.domesticOnly;

  return (
    <Page className="training-list-page" title={m.title} intro={m.intro}>
      <NavLinks links={links()} testIdPrefix="training-nav" />

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

      {listing && status !== 'preparing' && (
        <View className="kit-note-row training-note-row">
          <Text
            className={`kit-note training-note training-origin-${listing.origin.kind}`}
            data-testid="course-location-note"
          >
            {originNote(listing.origin, listing.widened)}
            {list.total > 0 ? ` ${fillTemplate(m.total, { total: list.total })}` : ''}
          </Text>
          {listing.origin.kind !== 'location' && (
            <Text className="kit-link training-link" data-testid="course-relocate" onClick={() => void relocate()}>
              {m.relocate}
            </Text>
          )}
        </View>
      )}

      {status === 'preparing' && <Loading text={m.locating} />}
      {status === 'loading' && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void (listing ? list.reload() : start())} />}
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

      {list.hasMore && (
        <LoadMore testId="course-load-more" loading={list.loadingMore} onClick={() => void list.loadMore()} />
      )}
    </Page>
  );
}
