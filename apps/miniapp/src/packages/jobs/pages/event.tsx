import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { JOB_EVENT_KIND_LABELS, JobEventStatus, type MyJobEvent } from '@steadywork/shared';
import { useAction, useRemote } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fetchMyEvent, signUpForEvent } from '../api';
import { wageText } from '../jobs-model';
import { InfoRow, Page, Remote } from '../kit';
import { eventsText, fillTemplate, jobsText } from '../locales';
import '../jobs.css';

const m = eventsText.detail;

/**
 * Event details: an event of the worker's region (GET /me/jobs/events/:id) with its employers and
 * postings (each opens the posting), and "sign up" (POST …/signup — once per worker and event: a
 * second tap returns the same sign-up).
 */
export default function JobEventPage() {
  useNavTitle(jobsText.nav.event);
  const { params } = useRouter();
  const id = Number(params.id);
  const event = useRemote(() => fetchMyEvent(id), { notFound: true });
  const action = useAction<'signup'>();

  const signUp = (e: MyJobEvent) =>
    void action.run('signup', () => signUpForEvent(e.id), {
      confirm: { title: m.signUpConfirmTitle, content: fillTemplate(m.signUpConfirm, { title: e.title }) },
      success: m.signedUp,
      onDone: (next) => event.setData(() => next),
      onConflict: () => event.reload(),
    });

  const copy = (url: string) =>
    void Taro.setClipboardData({ data: url }).then(() => Taro.showToast({ title: m.copied, icon: 'none' }));

  return (
    <Page className="jobs-event-page">
      <Remote remote={event} missing={{ text: m.notFound, testId: 'event-not-found' }}>
        {(e) => (
          <View className="jobs-detail" data-testid="event-detail">
            <View className="kit-block jobs-detail-head">
              <Text className="jobs-detail-title" data-testid="event-title">
                {e.title}
              </Text>
              <Text className="jobs-employer">{JOB_EVENT_KIND_LABELS[e.kind]}</Text>
            </View>
            <View className="kit-block jobs-detail-rows">
              <InfoRow label={m.period} value={`${e.startsOn} — ${e.endsOn}`} />
              {e.online ? (
                <InfoRow label={m.onlineUrl} value={e.onlineUrl} testId="event-link" />
              ) : (
                <InfoRow label={m.venue} value={e.venue} testId="event-venue" />
              )}
              <InfoRow label={m.organiser} value={e.regionName} />
              {e.online && e.onlineUrl && (
                <Text className="kit-link jobs-link" onClick={() => copy(e.onlineUrl!)}>
                  {m.copyLink}
                </Text>
              )}
            </View>
            {e.description && (
              <View className="kit-block jobs-description">
                <Text className="kit-section-title jobs-section-title">{m.description}</Text>
                <Text className="jobs-description-text">{e.description}</Text>
              </View>
            )}
            {e.postings.length > 0 && (
              <View className="kit-block" data-testid="event-postings">
                <Text className="kit-section-title jobs-section-title">
                  {fillTemplate(m.postings, { n: e.postings.length })}
                </Text>
                {e.postings.map((p) => (
                  <View
                    key={p.id}
                    className="kit-card jobs-card"
                    onClick={() => void Taro.navigateTo({ url: withQuery(routes.jobDetail, { id: p.id }) })}
                  >
                    <View className="kit-card-head jobs-card-head">
                      <Text className="kit-card-title jobs-card-title">{p.title}</Text>
                      <Text className="jobs-wage">{wageText(p)}</Text>
                    </View>
                    <View className="jobs-card-sub">
                      <Text className="jobs-employer">
                        {p.employerName}
                        {p.partnerUnionName ? ` · ${eventsText.marks.partner}` : ''}
                      </Text>
                      <Text className="jobs-region">{p.regionName}</Text>
                    </View>
                  </View>
                ))}
              </View>
            )}
            {e.employers.length > 0 && (
              <View className="kit-block" data-testid="event-employers">
                <Text className="kit-section-title jobs-section-title">
                  {fillTemplate(m.employers, { n: e.employers.length })}
                </Text>
                <Text className="jobs-description-text">{e.employers.map((x) => x.name).join('\n')}</Text>
              </View>
            )}
            <View className="kit-actions jobs-actions">
              {e.signedUp ? (
                <Text className="kit-note jobs-note" data-testid="event-signed-up">
                  {e.attended ? m.attended : m.alreadySignedUp}
                </Text>
              ) : e.status === JobEventStatus.ENDED ? (
                <Text className="kit-note jobs-note">{m.ended}</Text>
              ) : (
                <Button
                  block
                  type="primary"
                  data-testid="event-sign-up"
                  loading={action.busy === 'signup'}
                  disabled={action.busy !== null}
                  onClick={() => signUp(e)}
                >
                  {action.busy === 'signup' ? m.signingUp : m.signUp}
                </Button>
              )}
            </View>
          </View>
        )}
      </Remote>
    </Page>
  );
}
