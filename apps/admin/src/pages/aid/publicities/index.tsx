import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { AID_FINAL_REVIEW_ROLES, type AidProgramResponse, type PublicityResponse } from '@steadywork/shared';
import { Button, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { ListPage } from '../../../components/kit';
import { t } from '../../../locales';
import { formatTime } from '../../../services/time';
import { aidTypeLabel, programOptions } from '../labels';
import { exportPublicities, listPublicities, listProgramsQuietly } from '../service';
import { StartPublicityModal } from './components/StartPublicityModal';
import { PublicityStateTag } from './labels';
import { WeekdayFallbackNote } from '../../../components/WeekdayFallbackNote';

/** 公示: the publicity lists of the programmes; the province starts and ends them. */
export default function PublicitiesPage() {
  const actionRef = useRef<ActionType>();
  const navigate = useNavigate();
  const canManage = useHasRole(...AID_FINAL_REVIEW_ROLES);
  const [programs, setPrograms] = useState<AidProgramResponse[]>([]);
  const [programId, setProgramId] = useState<number | undefined>();
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    let live = true;
    void listProgramsQuietly().then((list) => live && setPrograms(list));
    return () => {
      live = false;
    };
  }, []);

  const columns: ProColumns<PublicityResponse>[] = [
    {
      title: t('aid.program'),
      dataIndex: 'programName',
      ellipsis: true,
      render: (_, p) => <Link to={`/aid/publicities/${p.id}`}>{p.programName}</Link>,
    },
    { title: t('aid.year'), dataIndex: 'year', width: 70 },
    { title: t('aid.aidType'), dataIndex: 'aidType', width: 120, render: (_, p) => aidTypeLabel(p.aidType) },
    {
      title: t('aid.publicityPeriod'),
      dataIndex: 'startsAt',
      width: 220,
      render: (_, p) => (
        <>
          {t('aid.windowValue', {
            from: formatTime(p.startsAt, 'YYYY-MM-DD'),
            until: formatTime(p.endsAt, 'YYYY-MM-DD'),
          })}
          {p.weekdayFallbackYears.length > 0 && (
            <div>
              <WeekdayFallbackNote years={p.weekdayFallbackYears} />
            </div>
          )}
        </>
      ),
    },
    { title: t('aid.entryCount'), dataIndex: 'entries', width: 80, align: 'right', render: (_, p) => p.entries.length },
    { title: t('aid.status'), dataIndex: 'active', width: 90, render: (_, p) => <PublicityStateTag publicity={p} /> },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 70,
      render: (_, p) => [
        <Link key="view" to={`/aid/publicities/${p.id}`}>
          {t('aid.view')}
        </Link>,
      ],
    },
  ];

  return (
    <>
      <ListPage<PublicityResponse, { programId?: number }>
        headerTitle={t('aid.publicitiesTitle')}
        actionRef={actionRef}
        columns={columns}
        search={false}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
        params={{ programId }}
        actions={[
          <Select<number>
            key="program"
            allowClear
            placeholder={t('aid.program')}
            value={programId}
            options={programOptions(programs)}
            onChange={setProgramId}
            style={{ width: 200 }}
          />,
          ...(canManage
            ? [
                <Button key="start" type="primary" icon={<PlusOutlined />} onClick={() => setStarting(true)}>
                  {t('aid.publicityStart')}
                </Button>,
              ]
            : []),
        ]}
        filters={(params) => ({ programId: Number(params.programId) || undefined })}
        load={(query) => listPublicities(query.programId)}
        exportFile={{ fileName: t('aid.publicitiesExportFileName'), load: () => exportPublicities(programId) }}
      />
      {starting && (
        <StartPublicityModal
          programs={programs}
          programId={programId}
          onClose={() => setStarting(false)}
          onSaved={(saved) => {
            setStarting(false);
            navigate(`/aid/publicities/${saved.id}`);
          }}
        />
      )}
    </>
  );
}
