// Partnership agreements: terms, versions, signatures, audit (<mentor-agreement-signer>).
import {
  Agreement,
  AgreementVersion,
  AuditTrail,
  type SignAgreement,
  type UpdateAgreement,
} from '../../../contract/agreement.js';
import type { CallOptions, CreateOptions, EditOptions, MentoringApi } from '../../api.js';
import { pathId, type HttpTransport } from '../transport.js';

type AgreementOperation =
  | 'getAgreement'
  | 'updateAgreement'
  | 'signAgreement'
  | 'getAgreementVersion'
  | 'getAgreementAudit';

export const agreementOperations = (
  http: HttpTransport,
): Pick<MentoringApi, AgreementOperation> => {
  const path = (agreementId: string) => `/agreements/${pathId(agreementId)}`;
  return {
    getAgreement: (agreementId: string, options?: CallOptions) =>
      http.read(path(agreementId), Agreement, options),
    updateAgreement: (agreementId: string, input: UpdateAgreement, options: EditOptions) =>
      http.edit('put', path(agreementId), Agreement, input, options),
    signAgreement: (agreementId: string, input: SignAgreement, options?: CreateOptions) =>
      http.create(`${path(agreementId)}/signatures`, Agreement, input, options),
    getAgreementVersion: (agreementId: string, version: number, options?: CallOptions) =>
      http.read(`${path(agreementId)}/versions/${version}`, AgreementVersion, options),
    getAgreementAudit: (agreementId: string, options?: CallOptions) =>
      http.read(`${path(agreementId)}/audit`, AuditTrail, options),
  };
};
