import { Confidentiality } from '@bestuurskracht/shared/domain';
import { IsIn } from 'class-validator';

/** geheimhouding needs an imposing organ, grounds and named recipients: it is imposed separately, never here. */
export function NotSecret(): PropertyDecorator {
  return IsIn([Confidentiality.PUBLIC, Confidentiality.CONFIDENTIAL], {
    message: 'must be PUBLIC or CONFIDENTIAL: geheimhouding (SECRET) is imposed separately',
  });
}
