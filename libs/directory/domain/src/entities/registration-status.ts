/** 登録状況: where a group stands in registration at the Civic Activity Center. */
export enum RegistrationStatus {
  /** 登録申請中 */
  PENDING = 'PENDING',
  /** 登録済 */
  REGISTERED = 'REGISTERED',
  /** 登録不可 */
  REJECTED = 'REJECTED',
}
