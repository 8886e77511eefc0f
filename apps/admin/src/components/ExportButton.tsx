import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { t } from '../locales';
import { saveBlob } from '../services/files';
import { ApiError, type Download } from '../services/request';

interface Props {
  /** Fetches the file: the list's export with the filters of the rows on screen. */
  load: () => Promise<Download>;
  /** The name to save under when the server sends none. */
  fileName: string;
}

/** 导出 Excel: fetches, saves and says so; a failure is the request layer's to show. Busy while it runs. */
export function ExportButton({ load, fileName }: Props) {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);

  const run = async () => {
    setExporting(true);
    try {
      const file = await load();
      saveBlob(file.blob, file.fileName ?? fileName);
      void message.success(t('common.exported'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    } finally {
      setExporting(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void run()}>
      {t('common.exportExcel')}
    </Button>
  );
}
