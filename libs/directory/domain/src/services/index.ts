export * from './group-directory.service';
export * from './group-profile.service';
export * from './group-registration.service';
export * from './group-validation';
export * from './organization-directory.service';
