import type { DemoSeeder } from '@tsunagaru/shared-persistence';
import { buildDemoGroups, DEMO_DEPARTMENTS, DEMO_INTERMEDIARIES, demoDepartmentId, demoIntermediaryId } from '@tsunagaru/shared-demo-data';
import { Department, Group, GroupPrivateContact, groupSearchColumns, Intermediary, RegistrationStatus } from '@tsunagaru/directory-domain';

/**
 * The Kamakura demo directory: 390 registered groups (the guideline's end-of-March-2020
 * figure), the intermediaries and the departments.
 */
export const directoryDemoSeeder: DemoSeeder = {
  async seed(em) {
    const centerId = demoIntermediaryId('civic-activity-center');
    const departments = DEMO_DEPARTMENTS.map((department) => ({ id: demoDepartmentId(department.code), ...department }));
    const intermediaries = DEMO_INTERMEDIARIES.map((intermediary) => ({ id: demoIntermediaryId(intermediary.code), ...intermediary }));
    const demoGroups = buildDemoGroups();
    const now = new Date();
    await em.insertMany(Department, departments);
    await em.insertMany(Intermediary, intermediaries);
    await em.insertMany(
      Group,
      demoGroups.map((group) => ({
        id: group.id,
        name: group.name,
        nameKana: group.nameKana,
        ...groupSearchColumns(group),
        organizationType: group.organizationType,
        activityFields: group.activityFields,
        districts: group.districts,
        description: group.description,
        foundedOn: group.foundedOn,
        memberCount: group.memberCount,
        publicEmail: group.publicEmail,
        publicPhone: group.publicPhone,
        website: group.website,
        registrationStatus: RegistrationStatus.REGISTERED,
        registeredOn: group.registeredOn,
        registeredAtIntermediaryId: centerId,
        rejectionReason: null,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await em.insertMany(
      GroupPrivateContact,
      demoGroups.map((group) => ({ group: group.id, ...group.privateContact })) as never[],
    );
    return departments.length + intermediaries.length + demoGroups.length * 2;
  },
};
