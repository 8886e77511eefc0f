import { WORKER_TAG_LABELS, type GigJobResponse, type GigWorkerMatch } from '@steadywork/shared';
import { Modal, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../../locales';
import { gigMatches } from '../gig-service';

const PAGE_SIZE = 20;

/** 附近零工: the workers in 零工模式 near the gig whose kinds overlap it, same county first. */
export function GigMatchesModal({ gig, onClose }: { gig: GigJobResponse; onClose(): void }) {
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: GigWorkerMatch[]; total: number } | null>(null);

  useEffect(() => {
    let live = true;
    gigMatches(gig.id, { page, pageSize: PAGE_SIZE }).then(
      (p) => live && setData(p),
      () => live && setData({ items: [], total: 0 }),
    );
    return () => {
      live = false;
    };
  }, [gig.id, page]);

  return (
    <Modal open width={860} footer={null} title={t('jobsGig.matchesTitle', { title: gig.title })} onCancel={onClose}>
      <Table<GigWorkerMatch>
        rowKey="workerId"
        size="small"
        loading={!data}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('jobsGig.matchesEmpty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('jobsGig.workerName'), dataIndex: 'name', width: 90 },
          { title: t('jobsGig.phone'), dataIndex: 'phoneMasked', width: 130 },
          { title: t('jobsGig.region'), dataIndex: 'regionName', width: 180 },
          { title: t('jobsGig.kinds'), dataIndex: 'kinds', render: (kinds: string[]) => kinds.join('、') },
          {
            title: t('jobsGig.tags'),
            dataIndex: 'tags',
            render: (_, m) =>
              m.tags.map((tag) => (
                <Tag key={tag} color="red">
                  {WORKER_TAG_LABELS[tag]}
                </Tag>
              )),
          },
          { title: t('jobsGig.reasons'), dataIndex: 'reasons', render: (_, m) => m.reasons.join(' · ') },
        ]}
      />
    </Modal>
  );
}
