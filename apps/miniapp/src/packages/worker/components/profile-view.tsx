import { Text, View } from '@tarojs/components';
import { EDUCATION_LABELS, EMPLOYMENT_STATUS_LABELS, WORKER_TAG_LABELS, type WorkerResponse } from '@steadywork/shared';
import { Button, Cell, CellGroup } from '@/ui/nutui';
import { workerText } from '../locales';
import { ethnicityLabel } from '../profile-model';

const m = workerText;

function orEmpty(value: string | null | undefined): string {
  return value ? value : m.empty;
}

/** The worker's registered record, ID number and phone masked as the API returns them. */
export function ProfileView({ profile, onEdit }: { profile: WorkerResponse; onEdit: () => void }) {
  const f = m.fields;
  return (
    <View className="profile-view">
      <View className="kit-header reg-header">
        <Text className="reg-title">{m.viewTitle}</Text>
        <Text className="reg-intro profile-name">{profile.name}</Text>
      </View>
      <CellGroup>
        <Cell title={f.name} extra={profile.name} />
        <Cell title={f.idNumber} extra={<Text className="profile-id">{profile.idNumberMasked}</Text>} />
        <Cell title={f.phone} extra={<Text className="profile-phone">{profile.phoneMasked}</Text>} />
        <Cell title={f.birthDate} extra={profile.birthDate} />
        <Cell title={f.sex} extra={m.sex[profile.sex]} />
        <Cell title={f.ethnicity} extra={orEmpty(profile.ethnicity && ethnicityLabel(profile.ethnicity))} />
        <Cell title={f.region} extra={<Text className="profile-region">{profile.regionName}</Text>} />
      </CellGroup>
      <CellGroup>
        <Cell
          title={f.employmentStatus}
          extra={<Text className="profile-status">{EMPLOYMENT_STATUS_LABELS[profile.employmentStatus]}</Text>}
        />
        <Cell title={f.employer} extra={orEmpty(profile.employer)} />
        <Cell title={f.unionMember} extra={profile.unionMember ? m.yes : m.no} />
        <Cell title={f.education} extra={profile.education ? EDUCATION_LABELS[profile.education] : m.empty} />
        <Cell title={f.skills} extra={profile.skills.length ? profile.skills.join(m.listSeparator) : m.empty} />
        <Cell title={f.employmentIntention} extra={orEmpty(profile.employmentIntention)} />
        <Cell title={f.trainingNeeds} extra={orEmpty(profile.trainingNeeds)} />
        <Cell
          title={f.tags}
          extra={
            <Text className="profile-tags">
              {profile.tags.length ? profile.tags.map((tag) => WORKER_TAG_LABELS[tag]).join(m.listSeparator) : m.none}
            </Text>
          }
        />
        <Cell title={f.updatedAt} extra={profile.updatedAt.slice(0, 10)} />
      </CellGroup>
      <View className="kit-actions reg-actions">
        <Button block type="primary" size="large" className="profile-edit" onClick={onEdit}>
          {m.edit}
        </Button>
      </View>
    </View>
  );
}
