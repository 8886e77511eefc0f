import type { ImportJobResponse } from '@steadywork/shared';
import { Button } from 'antd';
import { Link } from 'react-router-dom';
import { ImportWizard, type ImportReport } from '../../../components/kit';
import { t } from '../../../locales';
import { downloadImportTemplate, getImportJob, startImport } from '../service';

const RULES = [
  'workerImport.rule1',
  'workerImport.rule2',
  'workerImport.rule3',
  'workerImport.rule4',
  'workerImport.rule5',
] as const;

function report(job: ImportJobResponse): ImportReport {
  const failed = job.status === 'FAILED';
  return {
    status: failed ? 'error' : job.failed ? 'warning' : 'success',
    title: failed ? t('workerImport.failedTitle') : t('importWizard.done'),
    subTitle: failed
      ? t('workerImport.failedSubTitle')
      : t('workerImport.doneSubTitle', {
          total: job.processed,
          created: job.created,
          updated: job.updated,
          failed: job.failed,
        }),
    counts: [
      { title: t('importWizard.total'), value: job.total },
      { title: t('workerImport.created'), value: job.created, tone: 'success' },
      { title: t('workerImport.updated'), value: job.updated, tone: 'info' },
      { title: t('importWizard.failed'), value: job.failed, tone: 'danger' },
    ],
    errors: job.errors,
  };
}

/** 批量导入: template, upload, live progress (polled), and the row-by-row report. */
export default function WorkerImportPage() {
  return (
    <ImportWizard<ImportJobResponse>
      title={t('workerImport.title')}
      testId="import"
      template={{ load: downloadImportTemplate, fileName: t('workerImport.templateFileName') }}
      rules={RULES.map((key) => t(key))}
      file={{
        accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        pattern: /\.xlsx$/i,
        wrongType: t('workerImport.notXlsx'),
      }}
      uploadHint={t('workerImport.uploadHint')}
      uploadSubHint={t('workerImport.uploadSubHint')}
      upload={startImport}
      polling={{
        running: (job) => job.status === 'RUNNING',
        next: (job) => getImportJob(job.id),
        progress: (job) => ({ fileName: job.fileName, processed: job.processed, total: job.total }),
      }}
      report={report}
      errorsFileName={t('workerImport.errorsFileName')}
      againLabel={t('workerImport.again')}
      reportActions={[
        <Link key="list" to="/workers">
          <Button>{t('workerImport.toList')}</Button>
        </Link>,
      ]}
    />
  );
}
