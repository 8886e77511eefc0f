import Taro from '@tarojs/taro';
import type { TrainingCompletionResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { routes } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { Certificate } from '../components/certificate';
import { fetchMyCompletions } from '../api';
import { Page, Remote } from '../kit';
import { trainingText } from '../locales';
import '../training.css';

const newestFirst = async (): Promise<TrainingCompletionResponse[]> =>
  (await fetchMyCompletions()).sort((a, b) => b.completedAt.localeCompare(a.completedAt));

/** Certificates: the worker's completions (GET /me/training/completions), each a certificate with its verification code. */
export default function CompletionsPage() {
  useNavTitle(trainingText.nav.completions);
  const completions = useRemote(newestFirst);
  const browse = (
    <Button type="primary" onClick={() => void Taro.redirectTo({ url: routes.training })}>
      {trainingText.enrolments.browse}
    </Button>
  );
  return (
    <Page className="training-completions-page">
      <Remote
        remote={completions}
        empty={{ text: trainingText.completions.empty, testId: 'completions-empty', children: browse }}
      >
        {(list) => list.map((completion) => <Certificate key={completion.id} completion={completion} />)}
      </Remote>
    </Page>
  );
}
