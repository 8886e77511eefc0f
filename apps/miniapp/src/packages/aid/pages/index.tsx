import { Text, View } from '@tarojs/components';
import { AidNav } from '../components/aid-nav';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { ProgramCard } from '../components/program-card';
import { fetchMyPrograms } from '../api';
import { useRemote } from '../hooks/use-remote';
import { aidText } from '../locales/zh-CN';
import '../aid.css';

const m = aidText.programs;

/** 困难帮扶: this year's 221 programmes, explained, with the worker's eligibility for each. */
export default function AidProgramsPage() {
  const { status, data: programs, reload } = useRemote(fetchMyPrograms);

  return (
    <View className="aid-page aid-programs-page">
      <View className="aid-header">
        <Text className="aid-header-title">{m.title}</Text>
        <Text className="aid-header-sub">{m.intro}</Text>
      </View>
      <AidNav />
      {status === 'loading' && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void reload()} />}
      {status === 'ready' && programs && programs.length === 0 && <Empty text={m.empty} testId="aid-programs-empty" />}
      {status === 'ready' && programs?.map((program) => <ProgramCard key={program.id} program={program} />)}
    </View>
  );
}
