import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import {
  EDUCATION_LABELS,
  JobPostingKind,
  type JobApplicationResponse,
  type JobPostingResponse,
} from '@steadywork/shared';
import { useAction, useRemote } from '@/components/kit';
import { routes } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { applyToPosting, fetchPosting } from '../api';
import { ageRangeText, applicationStatusLabel, formatDate, reasonsText, wageText } from '../jobs-model';
import { InfoRow, Page, Remote } from '../kit';
import { eventsText, fillTemplate, jobsText } from '../locales';
import '../jobs.css';

const m = jobsText.detail;

/**
 * Job details: an open posting (GET /jobs/postings/:id), why it was recommended (carried from the list),
 * its place on the map, and apply (POST /jobs/postings/:id/apply — applying twice returns the
 * same application; a 409, such as a worker not yet registered, is explained in a dialog).
 */
export default function JobDetailPage() {
  useNavTitle(jobsText.nav.detail);
  const { params } = useRouter();
  const id = Number(params.id);
  const reasons = params.reasons ? decodeURIComponent(params.reasons).split('|').filter(Boolean) : [];
  const posting = useRemote(() => fetchPosting(id), { notFound: true });
  const action = useAction<'apply'>();
  const [application, setApplication] = useState<JobApplicationResponse | null>(null);
  const [refused, setRefused] = useState(false);

  const apply = (job: JobPostingResponse) =>
    void action.run('apply', () => applyToPosting(job.id), {
      confirm: { title: m.applyConfirmTitle, content: fillTemplate(m.applyConfirm, { title: job.title }) },
      success: m.applySuccess,
      onDone: (created) => setApplication(created),
      onConflict: () => setRefused(true),
    });

  const showPlace = (job: JobPostingResponse) =>
    void Taro.openLocation({
      latitude: job.latitude,
      longitude: job.longitude,
      name: `${job.employerName} · ${job.title}`,
      address: job.address,
      scale: 16,
    });

  return (
    <Page className="jobs-detail-page">
      <Remote remote={posting} missing={{ text: m.notFound, testId: 'job-not-found' }}>
        {(job) => (
          <View className="jobs-detail" data-testid="job-detail">
            <View className="kit-block jobs-detail-head">
              <Text className="jobs-detail-title" data-testid="job-title">
                {job.title}
              </Text>
              <Text className="jobs-wage jobs-detail-wage" data-testid="job-wage">
                {wageText(job)}
              </Text>
              <Text className="jobs-employer" data-testid="job-employer">
                {job.employerName} · {job.regionName}
              </Text>
              {job.partnerUnionName && (
                <Text className="jobs-mark" data-testid="job-partner">
                  {eventsText.marks.partner} · {job.partnerUnionName}
                </Text>
              )}
              {reasons.length > 0 && (
                <Text className="jobs-reasons" data-testid="job-reasons">
                  {m.reasons}
                  {jobsText.common.colon}
                  {reasonsText(reasons)}
                </Text>
              )}
            </View>

            <View className="kit-block jobs-detail-rows">
              <InfoRow label={m.occupation} value={job.occupation} />
              <InfoRow label={m.headcount} value={fillTemplate(m.people, { n: job.headcount })} />
              <InfoRow label={m.skills} value={job.skills.join(jobsText.common.listSeparator)} testId="job-skills" />
              <InfoRow label={m.education} value={job.education ? EDUCATION_LABELS[job.education] : null} />
              <InfoRow label={m.age} value={ageRangeText(job)} />
              <InfoRow label={m.address} value={job.address} testId="job-address" />
              <InfoRow label={m.contact} value={`${job.contactName} ${job.contactPhone}`} testId="job-contact" />
              <InfoRow label={m.validUntil} value={formatDate(job.validUntil)} />
              <Text className="kit-link jobs-link" data-testid="job-navigate" onClick={() => showPlace(job)}>
                {m.navigate}
              </Text>
            </View>

            <View className="kit-block jobs-description">
              <Text className="kit-section-title jobs-section-title">{m.description}</Text>
              <Text className="jobs-description-text">{job.description}</Text>
            </View>

            <View className="kit-actions jobs-actions">
              {job.kind === JobPostingKind.PUBLIC_WELFARE ? (
                <Text className="kit-note jobs-note" data-testid="job-public-welfare">
                  {eventsText.marks.publicWelfareNote}
                </Text>
              ) : application ? (
                <>
                  <Text className="kit-note jobs-note jobs-applied" data-testid="job-applied">
                    {applicationStatusLabel(application.status)}
                  </Text>
                  <Button
                    block
                    className="jobs-view-applications"
                    data-testid="job-view-applications"
                    onClick={() => void Taro.navigateTo({ url: routes.jobApplications })}
                  >
                    {m.viewApplications}
                  </Button>
                </>
              ) : (
                <Button
                  block
                  type="primary"
                  className="jobs-apply"
                  data-testid="job-apply"
                  loading={action.busy === 'apply'}
                  disabled={action.busy !== null}
                  onClick={() => apply(job)}
                >
                  {action.busy === 'apply' ? m.applying : m.apply}
                </Button>
              )}
              {refused && !application && (
                <Text
                  className="kit-link jobs-link"
                  data-testid="job-complete-profile"
                  onClick={() => void Taro.navigateTo({ url: routes.workerProfile })}
                >
                  {jobsText.list.completeProfile}
                </Text>
              )}
            </View>
          </View>
        )}
      </Remote>
    </Page>
  );
}
