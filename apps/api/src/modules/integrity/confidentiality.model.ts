import { Confidentiality } from '@bestuurskracht/shared/domain';
import { registerEnumType } from '@nestjs/graphql';

/** Registered once here and imported by every model that exposes a confidentiality. */
registerEnumType(Confidentiality, {
  name: 'Confidentiality',
  description: 'openbaar (PUBLIC), vertrouwelijk (CONFIDENTIAL) or geheim (SECRET, imposed separately)',
});

export { Confidentiality };
