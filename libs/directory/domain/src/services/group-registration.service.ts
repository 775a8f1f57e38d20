import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, isUuid, NotFoundError, requirePrincipal, requireRole, todayInJapan, type Principal } from '@tsunagaru/shared-kernel';
import { Group, GroupPrivateContact, RegistrationStatus } from '../entities';
import {
  IssueCollector,
  normalizeKana,
  validatePrivateContact,
  validateProfile,
  type GroupProfileInput,
  type PrivateContactInput,
} from './group-validation';

export interface RegistrationApplication extends GroupProfileInput {
  privateContact: PrivateContactInput;
}

/** 団体登録: a group applies; intermediary staff approve or reject. */
export class GroupRegistration {
  constructor(private readonly em: EntityManager) {}

  async apply(input: RegistrationApplication, caller: Principal | null): Promise<Group> {
    requirePrincipal(caller);
    const issues = new IssueCollector();
    validateProfile(input, issues, 'create');
    validatePrivateContact(input.privateContact, issues);
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
      registeredAtIntermediaryId: null,
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

  private async pending(groupId: string): Promise<Group> {
    const group = isUuid(groupId) ? await this.em.findOne(Group, { id: groupId }) : null;
    if (!group) throw new NotFoundError('Group', groupId);
    if (group.registrationStatus !== RegistrationStatus.PENDING) {
      throw new ConflictError(`Group ${groupId} is ${group.registrationStatus}, not PENDING.`);
    }
    return group;
  }

  async approve(groupId: string, caller: Principal | null): Promise<Group> {
    const staff = requireRole(caller, 'intermediary');
    const group = await this.pending(groupId);
    group.registrationStatus = RegistrationStatus.REGISTERED;
    group.registeredOn = todayInJapan();
    group.registeredAtIntermediaryId = staff.intermediaryId ?? null;
    group.rejectionReason = null;
    await this.em.flush();
    return group;
  }

  async reject(groupId: string, reason: string, caller: Principal | null): Promise<Group> {
    requireRole(caller, 'intermediary');
    const issues = new IssueCollector();
    issues.requireText('reason', reason, 1000, true);
    issues.throwIfAny();
    const group = await this.pending(groupId);
    group.registrationStatus = RegistrationStatus.REJECTED;
    group.rejectionReason = reason.trim();
    await this.em.flush();
    return group;
  }
}
