import { DEMAND_LIST_COLUMNS, Role, type DemandListImportResponse, type EmployerOption } from '@steadywork/shared';
import { Card, Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../access/auth-context';
import { ImportWizard, type ImportReport } from '../../../components/kit';
import { t } from '../../../locales';
import { downloadDemandTemplate, employerOptions, importDemandList } from '../gig-service';

const headerOf = (column: string) =>
  DEMAND_LIST_COLUMNS.find((c) => c.key === column || c.header === column)?.header ?? column;

function report(r: DemandListImportResponse): ImportReport {
  return {
    status: r.failed ? 'warning' : 'success',
    title: t('importWizard.done'),
    subTitle: t('jobsGig.importDoneSub', { added: r.added, already: r.alreadyImported, failed: r.failed }),
    counts: [
      { title: t('jobsGig.importAdded'), value: r.added, tone: 'success' },
      { title: t('jobsGig.importAlready'), value: r.alreadyImported, tone: 'info' },
      { title: t('jobsGig.importFailed'), value: r.failed, tone: 'danger' },
    ],
    errors: r.errors.map((e) => ({ row: e.row, field: headerOf(e.column), message: e.message })),
  };
}

/** 用工需求清单导入: HR their company's postings, union staff a registered company's, from the .xlsx template. */
export default function DemandImportPage() {
  const { me } = useAuth();
  const hrOnly = !!me && me.roles.every((r) => r === Role.HR);
  const [employerId, setEmployerId] = useState<number | undefined>();
  const [keyword, setKeyword] = useState('');
  const [options, setOptions] = useState<EmployerOption[]>([]);

  useEffect(() => {
    if (hrOnly) return;
    let live = true;
    employerOptions(keyword).then(
      (o) => live && setOptions(o),
      () => live && setOptions([]),
    );
    return () => {
      live = false;
    };
  }, [keyword, hrOnly]);

  return (
    <>
      {!hrOnly && (
        <Card style={{ marginBottom: 16 }}>
          <Form layout="inline">
            <Form.Item label={t('jobsGig.importEmployer')} required>
              <Select<number>
                showSearch
                filterOption={false}
                style={{ width: 360 }}
                value={employerId}
                onSearch={setKeyword}
                onChange={setEmployerId}
                options={options.map((o) => ({ value: o.id, label: `${o.name}（${o.regionName}）` }))}
                data-testid="demand-import-employer"
              />
            </Form.Item>
          </Form>
        </Card>
      )}
      <ImportWizard<DemandListImportResponse>
        title={t('jobsGig.importTitle')}
        testId="demand-import"
        template={{ load: downloadDemandTemplate, fileName: t('jobsGig.importTemplateFileName') }}
        rules={[t('jobsGig.importRule1'), t('jobsGig.importRule2'), t('jobsGig.importRule3')]}
        file={{
          accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          pattern: /\.xlsx$/i,
          wrongType: t('jobsGig.importWrongType'),
        }}
        uploadHint={t('jobsGig.importUploadHint')}
        uploadSubHint={t('jobsGig.importUploadSubHint')}
        upload={(file) => importDemandList(file, hrOnly ? undefined : employerId)}
        report={report}
        errorsFileName={t('jobsGig.importErrorsFileName')}
        againLabel={t('jobsGig.importAgain')}
        reportActions={[
          <Link key="list" to={hrOnly ? '/jobs/my-postings' : '/jobs/review'}>
            {hrOnly ? t('menu.myPostings') : t('menu.jobReview')}
          </Link>,
        ]}
      />
    </>
  );
}
