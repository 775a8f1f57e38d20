import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  authorize,
  ConflictError,
  isUuid,
  NotFoundError,
  requirePrincipal,
  signedIn,
  todayInJapan,
  type Principal,
} from '@tsunagaru/shared-kernel';
import { Group, GroupPrivateContact, Intermediary, RegistrationStatus } from '../entities';
import { groupSubjectOf, isGroupVisibleTo, registrationPolicies } from '../policies';
import {
  IssueCollector,
  normalizeKana,
  validatePrivateContact,
  validateProfile,
  type GroupProfileInput,
  type PrivateContactInput,
} from './group-validation';
import { CIVIC_ACTIVITY_CENTER_CODE, OrganizationDirectory } from './organization-directory.service';

export interface RegistrationApplication extends GroupProfileInput {
  privateContact: PrivateContactInput;
  /** The intermediary where the group applies; the Civic Activity Center when not given. */
  intermediaryId?: string | null;
}

/**
 * 団体登録: a group applies at an intermediary (by default the Civic Activity Center, where
 * the guideline's 390 groups are registered); staff of that intermediary, or city staff,
 * approve or reject the application, once.
 */
export class GroupRegistration {
  constructor(private readonly em: EntityManager) {}

  async apply(input: RegistrationApplication, caller: Principal | null): Promise<Group> {
    authorize(signedIn, caller, null);
    const issues = new IssueCollector();
    validateProfile(input, issues, 'create');
    validatePrivateContact(input.privateContact, issues);
    const intermediary = await this.intermediaryFor(input.intermediaryId, issues);
    issues.throwIfAny();

    const group = this.em.create(Group, {
      id: randomUUID(),
      name: input.name!.trim(),
      nameKana: normalizeKana(input.nameKana!),
      organizationType: input.organizationType!,
      activityFields: input.activityFields!,
      districts: input.districts ?? [],
      description: input.description?.trim() ?? '',
      foundedOn: input.foundedOn ?? null,
      memberCount: input.memberCount ?? null,
      publicEmail: input.publicEmail ?? null,
      publicPhone: input.publicPhone ?? null,
      website: input.website ?? null,
      registrationStatus: RegistrationStatus.PENDING,
      registeredOn: null,
      // The registration belongs to this intermediary from the application on: its staff decide.
      registeredAtIntermediaryId: intermediary?.id ?? null,
      rejectionReason: null,
    } as never);
    const contact = input.privateContact;
    this.em.create(GroupPrivateContact, {
      group,
      representativeName: contact.representativeName.trim(),
      representativeNameKana: contact.representativeNameKana ? normalizeKana(contact.representativeNameKana) : null,
      email: contact.email.trim(),
      phone: contact.phone ?? null,
      postalCode: contact.postalCode ?? null,
      address: contact.address ?? null,
    });
    await this.em.flush();
    return group;
  }

  async approve(groupId: string, caller: Principal | null): Promise<Group> {
    return this.decide(groupId, caller, {
      registrationStatus: RegistrationStatus.REGISTERED,
      registeredOn: todayInJapan(),
      rejectionReason: null,
    });
  }

  async reject(groupId: string, reason: string, caller: Principal | null): Promise<Group> {
    return this.decide(groupId, caller, { registrationStatus: RegistrationStatus.REJECTED, rejectionReason: reason?.trim() }, () => {
      const issues = new IssueCollector();
      issues.requireText('reason', reason, 1000, true);
      issues.throwIfAny();
    });
  }

  private async intermediaryFor(id: string | null | undefined, issues: IssueCollector): Promise<Intermediary | null> {
    if (id == null) {
      const center = await new OrganizationDirectory(this.em).intermediaryByCode(CIVIC_ACTIVITY_CENTER_CODE);
      if (!center) throw new NotFoundError('Intermediary', CIVIC_ACTIVITY_CENTER_CODE);
      return center;
    }
    const intermediary = isUuid(id) ? await this.em.findOne(Intermediary, { id }) : null;
    if (!intermediary) issues.add('intermediaryId', 'NOT_FOUND', 'intermediaryId names no intermediary support organisation.');
    return intermediary;
  }

  /**
   * One decision on a pending application. The write is a conditional UPDATE … WHERE
   * registration_status = 'PENDING': of any number of concurrent decisions exactly one
   * changes the row, and every other one gets CONFLICT, whichever way it wanted to decide.
   */
  private async decide(
    groupId: string,
    caller: Principal | null,
    decision: Pick<Group, 'registrationStatus'> & Partial<Pick<Group, 'registeredOn' | 'rejectionReason'>>,
    validate: () => void = () => undefined,
  ): Promise<Group> {
    const principal = requirePrincipal(caller);
    const group = isUuid(groupId) ? await this.em.findOne(Group, { id: groupId }) : null;
    // An application the caller may not even see is, to them, no application at all.
    if (!group || !isGroupVisibleTo(principal, group)) throw new NotFoundError('Group', groupId);
    authorize(registrationPolicies.decide, principal, groupSubjectOf(group));
    validate();

    const changed = await this.em.nativeUpdate(
      Group,
      { id: group.id, registrationStatus: RegistrationStatus.PENDING },
      { ...decision, updatedAt: new Date() },
    );
    await this.em.refresh(group);
    if (changed === 0) throw new ConflictError(`Group ${groupId} is ${group.registrationStatus}, not PENDING.`);
    return group;
  }
}
