import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, maskPhone, RegistrationCodeResponse, SELF_DECLARED_TAGS, WorkerSource } from '@steadywork/shared';
import { randomInt, timingSafeEqual } from 'node:crypto';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PersonalDataCipher } from '../crypto/personal-data.cipher';
import { SmsSender } from '../notifications/sms';
import { MyProfileDto } from './dto/worker-profile.dto';
import { WorkerClaim, WorkerClaimStatus } from './worker-claim.entity';
import { Worker } from './worker.entity';
import { WorkersService } from './workers.service';

/** A code works for 10 minutes. */
export const CLAIM_CODE_TTL_MS = 10 * 60_000;
/** A new code may be asked for after a minute, five times per registration. */
export const CLAIM_RESEND_AFTER_MS = 60_000;
export const CLAIM_MAX_SENDS = 5;
/** Five wrong codes lock the registration until its code expires. */
export const CLAIM_MAX_ATTEMPTS = 5;
/** At most this many codes a day go to the phone of one staff-registered record, whoever asks. */
const MAX_SMS_PER_RECORD_PER_DAY = 5;
/** Beyond this many tries a day on one record, from all accounts together, no code is issued for it. */
const MAX_TRIES_PER_RECORD_PER_DAY = 20;
const DAY_MS = 24 * 60 * 60_000;

const TAKEN = '该身份证号码已由其他微信账号登记，如有疑问请联系所在工会';

type Registration = MyProfileDto & { idNumber: string; phone: string };

/**
 * A new WeChat account takes over a record staff registered only with the one-time code sent by
 * SMS to the phone on that record. Until the code is confirmed, the answer is the same whether
 * the ID number is on file or not, whatever phone was entered and whoever holds the record: a
 * code is "sent" and nothing else is said (it really goes out only to the phone on file, when the
 * entered phone is that one and the record is not claimed yet).
 */
@Injectable()
export class WorkerClaimsService {
  private readonly logger = new Logger('Registration');

  constructor(
    @InjectRepository(WorkerClaim) private readonly claims: Repository<WorkerClaim>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly workers: WorkersService,
    private readonly cipher: PersonalDataCipher,
    private readonly sms: SmsSender,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * For an account without a record: null when the registration goes straight through (a new ID
   * number, where the deployment does not ask every registration for a code); otherwise the
   * registration is kept and a code sent, and the 202 answer returned.
   */
  async register(accountId: number, dto: MyProfileDto): Promise<RegistrationCodeResponse | null> {
    this.workers.checkRegistration(dto);
    // a form the registration would refuse is refused now, before a code is sent for it
    if (dto.employerId) await this.workers.linkEmployer(this.workerRepo.manager, {}, dto);
    const registration = dto as Registration;
    const idNumberHash = this.cipher.lookupHash('id', registration.idNumber);
    const existing = await this.workerRepo.findOneBy({ idNumberHash });
    if (!existing && this.config.registrationPhoneCheck !== 'every') return null;

    const now = this.clock.now();
    const earlier = await this.claims.findOneBy({ accountId });
    const sameForm =
      !!earlier &&
      earlier.idNumberHash === idNumberHash &&
      this.formOf(earlier)?.phone === registration.phone &&
      earlier.expiresAt > now;
    // locked: no fresh start with another form either, until the lock runs out
    if (earlier?.status === WorkerClaimStatus.LOCKED && earlier.expiresAt > now) throw locked();
    if (sameForm && earlier.status === WorkerClaimStatus.PENDING) {
      // sent again (a double tap, or the page reopened): keep the form, resend only after a minute
      await this.claims.update({ id: earlier.id }, { profileEnc: this.sealed(registration), updatedAt: now });
      if (earlier.sentAt.getTime() + CLAIM_RESEND_AFTER_MS > now.getTime()) return answer(earlier, registration.phone);
      return this.send(earlier.id);
    }
    const values = {
      accountId,
      workerId: existing?.id ?? null,
      profileEnc: this.sealed(registration),
      idNumberHash,
      codeHash: '',
      attempts: 0,
      sends: 0,
      status: WorkerClaimStatus.PENDING,
      sentAt: now,
      expiresAt: new Date(now.getTime() + CLAIM_CODE_TTL_MS),
      createdAt: now,
      updatedAt: now,
    };
    let id: number;
    if (earlier) {
      await this.claims.update({ id: earlier.id }, values);
      id = earlier.id;
    } else {
      try {
        id = Number((await this.claims.insert(values)).identifiers[0].id);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // the same form sent twice at once: the other request sends the code
        return answer(await this.claims.findOneByOrFail({ accountId }), registration.phone);
      }
    }
    return this.send(id);
  }

  /** A new code for the registration waiting (after a minute; five per registration). */
  async resend(accountId: number): Promise<RegistrationCodeResponse> {
    const claim = await this.claims.findOneBy({ accountId });
    const now = this.clock.now();
    if (!claim || claim.status === WorkerClaimStatus.DONE || claim.expiresAt <= now) {
      throw DomainException.conflict('没有待验证的实名登记，请重新填写并提交');
    }
    if (claim.status === WorkerClaimStatus.LOCKED) throw locked();
    const wait = claim.sentAt.getTime() + CLAIM_RESEND_AFTER_MS - now.getTime();
    if (wait > 0) {
      throw new DomainException(
        ErrorCode.TOO_MANY_REQUESTS,
        `请 ${Math.ceil(wait / 1000)} 秒后再获取验证码`,
        undefined,
        {
          'Retry-After': String(Math.ceil(wait / 1000)),
        },
      );
    }
    return this.send(claim.id);
  }

  /**
   * Checks the code and then claims the record (or creates it). Each try is counted before the
   * code is compared, so tries sent at once cannot exceed the limit. A second confirm of a
   * finished registration returns the record.
   */
  async confirm(accountId: number, code: string) {
    const mine = await this.workers.findMine(accountId);
    if (mine) return this.workers.getMine(accountId);
    const claim = await this.claims.findOneBy({ accountId });
    const now = this.clock.now();
    if (!claim || claim.status === WorkerClaimStatus.DONE || claim.expiresAt <= now) {
      throw DomainException.validation([{ field: 'code', message: '验证码已失效，请重新获取' }]);
    }
    if (claim.status === WorkerClaimStatus.LOCKED) throw locked();
    const tryNo = await this.countTry(claim.id);
    if (tryNo === null) {
      const again = await this.workers.findMine(accountId);
      if (again) return this.workers.getMine(accountId);
      throw locked();
    }
    if (!this.matches(claim, code)) {
      if (tryNo >= CLAIM_MAX_ATTEMPTS) {
        await this.claims.update(
          { id: claim.id, status: WorkerClaimStatus.PENDING },
          { status: WorkerClaimStatus.LOCKED, updatedAt: now },
        );
        throw locked();
      }
      throw DomainException.validation([
        { field: 'code', message: `验证码不正确，还可以再试 ${CLAIM_MAX_ATTEMPTS - tryNo} 次` },
      ]);
    }
    try {
      await this.complete(claim);
    } catch (err) {
      // the same code sent twice at once: the other request finished it
      if (await this.workers.findMine(accountId)) return this.workers.getMine(accountId);
      throw err;
    }
    return this.workers.getMine(accountId);
  }

  /**
   * Counts one try (compare-and-set on the count, retried when another try moved it) and returns
   * its number, or null when no try is left. Each try gets its own number, also when sent at once.
   */
  private async countTry(claimId: number): Promise<number | null> {
    for (let round = 0; round < 50; round++) {
      const claim = await this.claims.findOneBy({ id: claimId });
      if (!claim || claim.status !== WorkerClaimStatus.PENDING || claim.attempts >= CLAIM_MAX_ATTEMPTS) return null;
      const moved = await this.claims.update(
        { id: claimId, status: WorkerClaimStatus.PENDING, attempts: claim.attempts },
        { attempts: claim.attempts + 1, updatedAt: this.clock.now() },
      );
      if (moved.affected) return claim.attempts + 1;
    }
    throw DomainException.conflict('验证请求过于频繁，请稍后再试');
  }

  private sealed(form: Registration): string {
    return this.cipher.encrypt(JSON.stringify(form));
  }

  /** The form kept with the registration (null once it is done). */
  private formOf(claim: WorkerClaim): Registration | null {
    return claim.profileEnc ? (JSON.parse(this.cipher.decrypt(claim.profileEnc)) as Registration) : null;
  }

  private matches(claim: WorkerClaim, code: string): boolean {
    const given = Buffer.from(this.codeHash(claim.id, code), 'hex');
    const kept = Buffer.from(claim.codeHash, 'hex');
    return given.length === kept.length && timingSafeEqual(given, kept);
  }

  private codeHash(claimId: number, code: string): string {
    return this.cipher.lookupHash('sms-code', `${claimId}:${code}`);
  }

  private async complete(claim: WorkerClaim): Promise<void> {
    const profile = this.formOf(claim)!;
    const accountId = claim.accountId;
    await this.claims.manager.transaction(async (m) => {
      const done = await m
        .getRepository(WorkerClaim)
        .update(
          { id: claim.id, status: WorkerClaimStatus.PENDING },
          { status: WorkerClaimStatus.DONE, profileEnc: '', updatedAt: this.clock.now() },
        );
      if (!done.affected) throw DomainException.conflict('该登记已处理，请刷新后查看');
      if (claim.workerId === null) {
        await this.workers.insert(profile, { source: WorkerSource.SELF, createdBy: null, accountId, consent: true }, m);
        return;
      }
      // the record must still be unclaimed, and its phone the one the code went to
      const claimed = await m.getRepository(Worker).update(
        {
          id: claim.workerId,
          accountId: IsNull(),
          idNumberHash: claim.idNumberHash,
          phoneHash: this.cipher.lookupHash('phone', profile.phone),
        },
        { ...this.workers.changesFrom(profile), accountId, consentAt: this.clock.now() },
      );
      if (!claimed.affected)
        throw DomainException.conflict(TAKEN, [{ field: 'idNumber', message: '该身份证号码已登记' }]);
      await this.workers.replaceTags(m, claim.workerId, profile.tags ?? [], SELF_DECLARED_TAGS);
      await this.audit.record(
        {
          action: 'worker.claim',
          targetType: 'worker',
          targetId: claim.workerId,
          summary: { accountId, verifiedBy: 'sms' },
        },
        m,
      );
    });
  }

  /** A new code: stored hashed, sent to the phone it may go to (if any), the same answer either way. */
  private async send(claimId: number): Promise<RegistrationCodeResponse> {
    const claim = await this.claims.findOneByOrFail({ id: claimId });
    if (claim.sends >= CLAIM_MAX_SENDS) {
      throw new DomainException(ErrorCode.TOO_MANY_REQUESTS, '验证码获取次数过多，请稍后再试或联系所在工会');
    }
    const now = this.clock.now();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    // a record guessed at too often today takes no code at all (same answer; the union can help)
    const guessable = !(
      claim.workerId !== null && (await this.triesOnRecord(claim.workerId, now)) >= MAX_TRIES_PER_RECORD_PER_DAY
    );
    const updated = {
      codeHash: guessable ? this.codeHash(claim.id, code) : '',
      sends: claim.sends + 1,
      attempts: 0,
      sentAt: now,
      expiresAt: new Date(now.getTime() + CLAIM_CODE_TTL_MS),
      updatedAt: now,
    };
    await this.claims.update({ id: claim.id }, updated);
    const to = guessable ? await this.recipient(claim, now) : null;
    if (to) {
      const result = await this.sms.sendCode(to, code);
      if (!result.ok) this.logger.warn({ claimId: claim.id, error: result.error }, 'registration code not sent');
    }
    return answer({ ...claim, ...updated }, this.formOf(claim)!.phone);
  }

  /** Wrong and right tries on one staff-registered record in the last day, from every account. */
  private async triesOnRecord(workerId: number, now: Date): Promise<number> {
    const recent = await this.claims.findBy({ workerId, updatedAt: MoreThan(new Date(now.getTime() - DAY_MS)) });
    return recent.reduce((n, c) => n + c.attempts, 0);
  }

  /** The phone the code may go to: the entered one for a new record; the one on file for a claim. */
  private async recipient(claim: WorkerClaim, now: Date): Promise<string | null> {
    const phone = this.formOf(claim)!.phone;
    if (claim.workerId === null) {
      // a new record, unless the ID number was registered since
      return (await this.workerRepo.findOneBy({ idNumberHash: claim.idNumberHash })) ? null : phone;
    }
    const worker = await this.workerRepo.findOneBy({ id: claim.workerId });
    if (!worker || worker.accountId !== null || worker.phoneHash !== this.cipher.lookupHash('phone', phone)) {
      return null;
    }
    const recent = await this.claims.findBy({
      workerId: worker.id,
      sentAt: MoreThan(new Date(now.getTime() - DAY_MS)),
    });
    if (recent.reduce((n, c) => n + c.sends, 0) > MAX_SMS_PER_RECORD_PER_DAY) return null;
    return this.cipher.decrypt(worker.phoneEnc);
  }
}

function answer(claim: Pick<WorkerClaim, 'expiresAt' | 'sentAt'>, phone: string): RegistrationCodeResponse {
  return {
    verification: 'SMS_CODE_SENT',
    phoneMasked: maskPhone(phone)!,
    expiresAt: claim.expiresAt.toISOString(),
    resendAfter: new Date(claim.sentAt.getTime() + CLAIM_RESEND_AFTER_MS).toISOString(),
  };
}

function locked(): DomainException {
  return new DomainException(
    ErrorCode.TOO_MANY_REQUESTS,
    '验证码错误次数过多，本次登记已锁定，请 10 分钟后重新提交或联系所在工会',
  );
}
