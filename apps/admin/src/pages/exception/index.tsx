import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { t } from '../../locales';

function BackHome() {
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('exception.backHome')}
    </Button>
  );
}

export function ForbiddenPage() {
  return <Result status="403" title="403" subTitle={t('exception.forbidden')} extra={<BackHome />} />;
}

export function NotFoundPage() {
  return <Result status="404" title="404" subTitle={t('exception.notFound')} extra={<BackHome />} />;
}
