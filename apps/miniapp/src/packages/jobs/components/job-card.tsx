import { Text, View } from '@tarojs/components';
import type { RecommendedJob } from '@steadywork/shared';
import { reasonsText, wageText } from '../jobs-model';
import { eventsText } from '../locales';

/** One recommended posting: title and wage, employer and region, and why it fits the worker. */
export function JobCard({ job, onOpen }: { job: RecommendedJob; onOpen: (job: RecommendedJob) => void }) {
  return (
    <View className="kit-card jobs-card" data-testid={`job-card-${job.id}`} onClick={() => onOpen(job)}>
      <View className="kit-card-head jobs-card-head">
        <Text className="kit-card-title jobs-card-title" data-testid="job-title">
          {job.title}
        </Text>
        <Text className="jobs-wage" data-testid="job-wage">
          {wageText(job)}
        </Text>
      </View>
      <View className="jobs-card-sub">
        <Text className="jobs-employer" data-testid="job-employer">
          {job.employerName}
          {job.partnerUnionName ? ` · ${eventsText.marks.partner}` : ''}
        </Text>
        <Text className="jobs-region" data-testid="job-region">
          {job.regionName}
        </Text>
      </View>
      {job.reasons.length > 0 && (
        <Text className="jobs-reasons" data-testid="job-reasons">
          {reasonsText(job.reasons)}
        </Text>
      )}
    </View>
  );
}
