import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import type { RecommendedJob } from '@steadywork/shared';
import { usePagedList } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { Button, Input } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fetchRecommended } from '../api';
import { JobCard } from '../components/job-card';
import { GigModeSwitch } from '../components/gig-mode';
import { SubscriptionSwitch } from '../components/subscription-switch';
import { JOBS_PAGE_SIZE } from '../jobs-model';
import { Empty, LoadFailed, LoadMore, Loading, NavLinks, Page } from '../kit';
import { eventsText, fillTemplate, jobsText } from '../locales';
import '../jobs.css';

const m = jobsText.list;

interface Search {
  keyword: string;
}

async function fetchPage({ keyword }: Search, page: number) {
  const res = await fetchRecommended({ keyword: keyword || undefined, page, pageSize: JOBS_PAGE_SIZE });
  return { items: res.items, total: res.total };
}

/**
 * Find a job: open postings ranked for the worker (GET /me/jobs/recommended), each with the reasons it
 * fits them; a keyword search; the switch for job pushes; a link to My applications.
 */
export default function JobsIndexPage() {
  useNavTitle(jobsText.nav.index);
  const [typed, setTyped] = useState('');
  const list = usePagedList<RecommendedJob, Search>({ fetchPage });

  useLoad(() => {
    void list.load({ keyword: '' });
  });

  const search = (keyword: string) => {
    setTyped(keyword);
    void list.load({ keyword: keyword.trim() });
  };

  const open = (job: RecommendedJob) =>
    void Taro.navigateTo({ url: withQuery(routes.jobDetail, { id: job.id, reasons: job.reasons.join('|') }) });

  const { items, status, query } = list;
  const keyword = query?.keyword ?? '';

  return (
    <Page className="jobs-list-page" title={m.title} intro={m.intro}>
      <NavLinks
        links={[
          { key: 'applications', text: m.myApplications, url: routes.jobApplications },
          { key: 'events', text: eventsText.nav, url: routes.jobEvents },
        ]}
        testIdPrefix="job-nav"
      />
      <SubscriptionSwitch />
      <GigModeSwitch />

      <View className="jobs-search">
        <Input
          className="jobs-search-input"
          value={typed}
          placeholder={m.searchPlaceholder}
          maxLength={64}
          onChange={(value: string) => setTyped(value)}
        />
        <Button
          type="primary"
          size="small"
          className="jobs-search-button"
          data-testid="job-search"
          onClick={() => search(typed)}
        >
          {m.search}
        </Button>
      </View>

      {status === 'ready' && list.total > 0 && (
        <View className="kit-note-row jobs-note-row">
          <View className="kit-note jobs-note" data-testid="job-total">
            {fillTemplate(m.total, { total: list.total })}
          </View>
        </View>
      )}

      {(status === 'preparing' || status === 'loading') && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void list.reload()} />}
      {status === 'ready' && items.length === 0 && (
        <Empty text={keyword ? fillTemplate(m.emptySearch, { keyword }) : m.empty} testId="jobs-empty">
          {keyword ? (
            <Button className="jobs-show-all" data-testid="job-show-all" onClick={() => search('')}>
              {m.showAll}
            </Button>
          ) : (
            <Button
              className="jobs-complete-profile"
              data-testid="job-complete-profile"
              onClick={() => void Taro.navigateTo({ url: routes.workerProfile })}
            >
              {m.completeProfile}
            </Button>
          )}
        </Empty>
      )}

      {status === 'ready' && items.length > 0 && (
        <View className="jobs-list" data-testid="job-list">
          {items.map((job) => (
            <JobCard key={job.id} job={job} onOpen={open} />
          ))}
        </View>
      )}

      {list.hasMore && (
        <LoadMore testId="job-load-more" loading={list.loadingMore} onClick={() => void list.loadMore()} />
      )}
    </Page>
  );
}
