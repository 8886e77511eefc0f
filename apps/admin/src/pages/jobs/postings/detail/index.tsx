import {
  EDUCATION_LABELS,
  JOB_REVIEW_ROLES,
  JOB_STAFF_ROLES,
  JobPostingKind,
  JobPostingStatus,
  Role,
} from '@steadywork/shared';
import { Alert, App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useHasRole } from '../../../../access/auth-context';
import { DetailHeader, DetailPage, useRecord } from '../../../../components/kit';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { formatTime } from '../../../../services/time';
import { ReturnPostingModal } from '../../components/ReturnPostingModal';
import { AssignModal } from '../../events/PublicWelfare';
import { PostingMarks, PostingStatusTag, wageLabel } from '../../labels';
import { approvePosting, getPosting } from '../../service';
import { PostingMatches } from './Matches';

const dash = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? t('common.empty') : value;

/** 岗位详情: the posting, its review, and for union staff its matched workers and the push. */
export default function PostingDetailPage() {
  const id = Number(useParams<{ id: string }>().id);
  const { message } = App.useApp();
  const record = useRecord(id, getPosting);
  const isStaff = useHasRole(...JOB_STAFF_ROLES);
  const isReviewer = useHasRole(...JOB_REVIEW_ROLES);
  const isHr = useHasRole(Role.HR);
  const [returning, setReturning] = useState(false);
  const [assigning, setAssigning] = useState(false);

  const back = isHr
    ? { to: '/jobs/my-postings', label: t('jobs.backToMyPostings') }
    : { to: '/jobs/review', label: t('jobs.backToReview') };

  return (
    <DetailPage record={record} notFound={t('jobs.postingNotFound')} back={back}>
      {(posting) => {
        const pending = posting.status === JobPostingStatus.PENDING;
        const welfare = posting.kind === JobPostingKind.PUBLIC_WELFARE;
        const approve = async () => {
          try {
            record.show(await approvePosting(posting.id));
            void message.success(t('jobs.approved'));
          } catch (e) {
            if (!(e instanceof ApiError)) throw e;
            void record.reload();
          }
        };
        const age =
          posting.ageMin === null && posting.ageMax === null
            ? t('jobs.ageAny')
            : `${posting.ageMin ?? ''}–${posting.ageMax ?? ''}`;
        return (
          <>
            <DetailHeader
              back={back}
              title={posting.title}
              status={
                <>
                  <PostingStatusTag status={posting.status} />
                  <PostingMarks posting={posting} />
                </>
              }
              actions={[
                isReviewer && pending && (
                  <Popconfirm
                    key="approve"
                    title={t('jobs.approveConfirm', { title: posting.title })}
                    onConfirm={() => approve()}
                  >
                    <Button type="primary">{t('jobs.approve')}</Button>
                  </Popconfirm>
                ),
                isReviewer && pending && (
                  <Button key="return" onClick={() => setReturning(true)}>
                    {t('jobs.return')}
                  </Button>
                ),
                isStaff && welfare && posting.status === JobPostingStatus.OPEN && (
                  <Button key="assign" type="primary" onClick={() => setAssigning(true)}>
                    {t('jobEvents.assign')}
                  </Button>
                ),
              ]}
              notice={
                welfare ? (
                  <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('jobEvents.welfareNotice')} />
                ) : (
                  posting.status === JobPostingStatus.RETURNED &&
                  posting.returnReason && (
                    <Alert
                      type="warning"
                      showIcon
                      style={{ marginBottom: 16 }}
                      message={`${t('jobs.returnReason')}：${posting.returnReason}`}
                    />
                  )
                )
              }
              items={[
                {
                  label: t('jobs.employer'),
                  value: posting.partnerUnionName
                    ? `${posting.employerName}（${t('jobEvents.partner', { name: posting.partnerUnionName })}）`
                    : posting.employerName,
                },
                { label: t('jobs.occupation'), value: posting.occupation },
                { label: t('jobs.region'), value: posting.regionName },
                { label: t('jobs.address'), value: posting.address },
                { label: t('jobs.headcount'), value: t('jobs.people', { n: posting.headcount }) },
                { label: t('jobs.wage'), value: wageLabel(posting) },
                { label: t('jobs.skills'), value: dash(posting.skills.join('、')) },
                {
                  label: t('jobs.education'),
                  value: posting.education ? EDUCATION_LABELS[posting.education] : t('jobs.educationAny'),
                },
                { label: t('jobs.ageRange'), value: age },
                { label: t('jobs.contactName'), value: posting.contactName },
                { label: t('jobs.contactPhone'), value: posting.contactPhone },
                { label: t('jobs.validUntil'), value: posting.validUntil },
                { label: t('jobs.reviewedBy'), value: dash(posting.reviewedBy) },
                { label: t('jobs.submittedAt'), value: formatTime(posting.updatedAt) },
                { label: t('jobs.applications'), value: posting.applications },
                { label: t('jobs.description'), value: posting.description, span: 3 },
              ]}
            />
            {isStaff && (
              <PostingMatches postingId={posting.id} canPush={posting.status === JobPostingStatus.OPEN && !welfare} />
            )}
            {assigning && (
              <AssignModal
                posting={posting}
                onClose={() => setAssigning(false)}
                onSaved={() => {
                  setAssigning(false);
                  void record.reload();
                }}
              />
            )}
            {returning && (
              <ReturnPostingModal
                posting={posting}
                onClose={() => setReturning(false)}
                onSaved={(next) => {
                  setReturning(false);
                  record.show(next);
                }}
              />
            )}
          </>
        );
      }}
    </DetailPage>
  );
}
