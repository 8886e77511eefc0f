import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { routes } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { Certificate } from '../components/certificate';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { useRemote } from '../hooks/use-remote';
import { fetchMyCompletions } from '../api';
import { trainingText } from '../locales/zh-CN';
import '../training.css';

/** 结业证书: the worker's completions (GET /me/training/completions), each a certificate with its verification code. */
export default function CompletionsPage() {
  const { status, data, reload } = useRemote(fetchMyCompletions);

  if (status === 'loading') {
    return (
      <View className="training-page">
        <Loading />
      </View>
    );
  }
  if (status === 'failed' || !data) {
    return (
      <View className="training-page">
        <LoadFailed onRetry={() => void reload()} />
      </View>
    );
  }
  return (
    <View className="training-page training-completions-page">
      {data.length === 0 && (
        <Empty text={trainingText.completions.empty} testId="completions-empty">
          <Button type="primary" onClick={() => void Taro.redirectTo({ url: routes.training })}>
            {trainingText.enrolments.browse}
          </Button>
        </Empty>
      )}
      {[...data]
        .sort((a, b) => b.completedAt.localeCompare(a.completedAt))
        .map((completion) => (
          <Certificate key={completion.id} completion={completion} />
        ))}
    </View>
  );
}
