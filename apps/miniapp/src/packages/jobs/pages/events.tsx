import { Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { JOB_EVENT_KIND_LABELS, type MyJobEvent } from '@steadywork/shared';
import { usePagedList } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fetchMyEvents } from '../api';
import { JOBS_PAGE_SIZE } from '../jobs-model';
import { Empty, LoadFailed, LoadMore, Loading, Page } from '../kit';
import { eventsText, fillTemplate, jobsText } from '../locales';
import '../jobs.css';

const m = eventsText.list;

async function fetchPage(_: object, page: number) {
  const res = await fetchMyEvents({ page, pageSize: JOBS_PAGE_SIZE });
  return { items: res.items, total: res.total };
}

/**
 * Recruitment events: the published events of the worker's county, city and province that have not ended
 * (GET /me/jobs/events), soonest first, each marked when the worker has signed up.
 */
export default function JobEventsPage() {
  useNavTitle(jobsText.nav.events);
  const list = usePagedList<MyJobEvent, object>({ fetchPage });

  useLoad(() => {
    void list.load({});
  });

  const open = (e: MyJobEvent) => void Taro.navigateTo({ url: withQuery(routes.jobEvent, { id: e.id }) });
  const { items, status } = list;

  return (
    <Page className="jobs-events-page" title={m.title} intro={m.intro}>
      {status === 'ready' && list.total > 0 && (
        <View className="kit-note-row jobs-note-row">
          <View className="kit-note jobs-note" data-testid="event-total">
            {fillTemplate(m.total, { total: list.total })}
          </View>
        </View>
      )}
      {(status === 'preparing' || status === 'loading') && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void list.reload()} />}
      {status === 'ready' && items.length === 0 && <Empty text={m.empty} testId="events-empty" />}
      {status === 'ready' && items.length > 0 && (
        <View className="jobs-list" data-testid="event-list">
          {items.map((e) => (
            <View key={e.id} className="kit-card jobs-card" data-testid={`event-card-${e.id}`} onClick={() => open(e)}>
              <View className="kit-card-head jobs-card-head">
                <Text className="kit-card-title jobs-card-title">{e.title}</Text>
                {e.signedUp && (
                  <Text className="jobs-status" data-testid="event-signed-up">
                    {m.signedUp}
                  </Text>
                )}
              </View>
              <View className="jobs-card-sub">
                <Text className="jobs-employer">{JOB_EVENT_KIND_LABELS[e.kind]}</Text>
                <Text className="jobs-region">{fillTemplate(m.period, { from: e.startsOn, to: e.endsOn })}</Text>
              </View>
              <Text className="jobs-employer">{e.online ? m.online : e.venue}</Text>
            </View>
          ))}
        </View>
      )}
      {list.hasMore && (
        <LoadMore testId="event-load-more" loading={list.loadingMore} onClick={() => void list.loadMore()} />
      )}
    </Page>
  );
}
