import { Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import type { GigMatchForWorker } from '@steadywork/shared';
import { usePagedList } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fetchGigsNearMe } from '../api';
import { gigPayText, gigPeriodText } from '../gig-model';
import { JOBS_PAGE_SIZE, reasonsText } from '../jobs-model';
import { Empty, LoadFailed, LoadMore, Loading, Page } from '../kit';
import { fillTemplate, gigText, jobsText } from '../locales';
import '../jobs.css';

const m = gigText.list;

async function fetchPage(_: Record<string, never>, page: number) {
  const res = await fetchGigsNearMe({ page, pageSize: JOBS_PAGE_SIZE });
  return { items: res.items, total: res.total };
}

/** Gigs nearby: open gigs of the worker's kinds in their county, then their city (GET /me/jobs/gigs). */
export default function GigsPage() {
  useNavTitle(jobsText.nav.gigs);
  const list = usePagedList<GigMatchForWorker, Record<string, never>>({ fetchPage });

  useLoad(() => {
    void list.load({});
  });

  const open = (gig: GigMatchForWorker) =>
    void Taro.navigateTo({ url: withQuery(routes.jobGigDetail, { id: gig.id, reasons: gig.reasons.join('|') }) });

  const { items, status } = list;
  return (
    <Page className="jobs-list-page" title={m.title} intro={m.intro}>
      {status === 'ready' && list.total > 0 && (
        <View className="kit-note-row jobs-note-row">
          <View className="kit-note jobs-note" data-testid="gig-total">
            {fillTemplate(m.total, { total: list.total })}
          </View>
        </View>
      )}
      {(status === 'preparing' || status === 'loading') && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void list.reload()} />}
      {status === 'ready' && items.length === 0 && <Empty text={m.empty} testId="gigs-empty" />}
      {status === 'ready' && items.length > 0 && (
        <View className="jobs-list" data-testid="gig-list">
          {items.map((gig) => (
            <View
              key={gig.id}
              className="kit-card jobs-card"
              data-testid={`gig-card-${gig.id}`}
              onClick={() => open(gig)}
            >
              <View className="kit-card-head jobs-card-head">
                <Text className="kit-card-title jobs-card-title" data-testid="gig-title">
                  {gig.title}
                </Text>
                <Text className="jobs-wage">{gigPayText(gig)}</Text>
              </View>
              <View className="jobs-card-sub">
                <Text className="jobs-employer">{gigPeriodText(gig)}</Text>
                <Text className="jobs-region">{gig.regionName}</Text>
              </View>
              <Text className="jobs-reasons" data-testid="gig-reasons">
                {reasonsText(gig.reasons)}
              </Text>
            </View>
          ))}
        </View>
      )}
      {list.hasMore && (
        <LoadMore testId="gig-load-more" loading={list.loadingMore} onClick={() => void list.loadMore()} />
      )}
    </Page>
  );
}
