import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { JOB_APPLICATION_SOURCE_LABELS, JobApplicationStatus, type JobApplicationResponse } from '@steadywork/shared';
import { useAction, useRemote } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { acceptInterview, fetchMyApplications, reportHire, withdrawApplication } from '../api';
import { applicationStatusLabel, canWithdraw, formatDate, formatDateTime } from '../jobs-model';
import { InfoRow, Page, Remote } from '../kit';
import { fillTemplate, gigText, jobsText } from '../locales';
import '../jobs.css';

const m = jobsText.applications;
const h = gigText.hire;

/** Not yet decided: the worker may say they have started ("I have started") for staff to confirm. */
const REPORTABLE = [
  JobApplicationStatus.APPLIED,
  JobApplicationStatus.INVITED,
  JobApplicationStatus.ACCEPTED,
  JobApplicationStatus.INTERVIEWED,
];

/** Today in Asia/Shanghai, YYYY-MM-DD. */
const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * My applications: the worker's applications (GET /me/jobs/applications) with their status; an interview
 * invitation is accepted here (HR then sees who they are), and an application not yet decided can
 * be withdrawn.
 */
export default function JobApplicationsPage() {
  useNavTitle(jobsText.nav.applications);
  const applications = useRemote(fetchMyApplications);
  const action = useAction();

  const replace = (next: JobApplicationResponse) =>
    applications.setData((list) => (list ?? []).map((a) => (a.id === next.id ? next : a)));

  const accept = (a: JobApplicationResponse) =>
    void action.run(a.id, () => acceptInterview(a.id), {
      confirm: { title: m.acceptConfirmTitle, content: m.acceptConfirm },
      success: m.accepted,
      onDone: replace,
      onConflict: () => applications.reload(),
    });

  const withdraw = (a: JobApplicationResponse) =>
    void action.run(a.id, () => withdrawApplication(a.id), {
      confirm: { title: m.withdrawConfirmTitle, content: m.withdrawConfirm },
      success: m.withdrawn,
      onDone: replace,
      onConflict: () => applications.reload(),
    });

  const report = (a: JobApplicationResponse, startsOn: string) =>
    void action.run(a.id, () => reportHire(a.id, startsOn), {
      confirm: {
        title: h.reportConfirmTitle,
        content: fillTemplate(h.reportConfirm, { date: startsOn, title: a.postingTitle }),
      },
      success: h.reported,
      onDone: replace,
      onConflict: () => applications.reload(),
    });

  return (
    <Page className="jobs-applications-page" title={m.title} intro={m.intro}>
      <Remote remote={applications} empty={{ text: m.empty, testId: 'job-applications-empty' }}>
        {(list) =>
          list.length === 0 ? (
            <View className="kit-actions jobs-actions">
              <Button block onClick={() => void Taro.navigateTo({ url: routes.jobs })}>
                {m.findJobs}
              </Button>
            </View>
          ) : (
            <View className="jobs-list" data-testid="job-applications">
              {list.map((a) => (
                <View key={a.id} className="kit-card jobs-card" data-testid={`job-application-${a.id}`}>
                  <View className="kit-card-head jobs-card-head">
                    <Text
                      className="kit-card-title jobs-card-title"
                      onClick={() => void Taro.navigateTo({ url: withQuery(routes.jobDetail, { id: a.postingId }) })}
                    >
                      {a.postingTitle}
                    </Text>
                    <Text className={`jobs-status jobs-status-${a.status}`} data-testid="job-application-status">
                      {applicationStatusLabel(a.status)}
                    </Text>
                  </View>
                  <Text className="jobs-employer">{a.employerName}</Text>
                  <InfoRow label={m.source} value={JOB_APPLICATION_SOURCE_LABELS[a.source]} />
                  <InfoRow label={m.appliedAt} value={formatDateTime(a.createdAt)} />
                  {a.interviewAt && (
                    <InfoRow label={m.interviewAt} value={formatDateTime(a.interviewAt)} testId="job-interview-at" />
                  )}
                  {a.interviewPlace && <InfoRow label={m.interviewPlace} value={a.interviewPlace} />}
                  {a.hiredOn && <InfoRow label={m.hiredOn} value={formatDate(a.hiredOn)} />}
                  {a.reportedHiredOn && !a.hiredOn && (
                    <Text className="kit-note jobs-note" data-testid="job-reported-hire">
                      {fillTemplate(h.reportedOn, { date: a.reportedHiredOn })}
                    </Text>
                  )}
                  <View className="jobs-card-actions">
                    {a.status === JobApplicationStatus.INVITED && (
                      <Button
                        type="primary"
                        size="small"
                        data-testid="job-accept-interview"
                        loading={action.busy === a.id}
                        disabled={action.busy !== null}
                        onClick={() => accept(a)}
                      >
                        {m.accept}
                      </Button>
                    )}
                    {REPORTABLE.includes(a.status) && !a.reportedHiredOn && (
                      <Picker
                        mode="date"
                        value={shanghaiToday()}
                        end={shanghaiToday()}
                        onChange={(ev) => report(a, String(ev.detail.value))}
                      >
                        <Button size="small" data-testid="job-report-hire" disabled={action.busy !== null}>
                          {h.report}
                        </Button>
                      </Picker>
                    )}
                    {canWithdraw(a.status) && (
                      <Button
                        size="small"
                        data-testid="job-withdraw"
                        disabled={action.busy !== null}
                        onClick={() => withdraw(a)}
                      >
                        {m.withdraw}
                      </Button>
                    )}
                  </View>
                </View>
              ))}
            </View>
          )
        }
      </Remote>
    </Page>
  );
}
