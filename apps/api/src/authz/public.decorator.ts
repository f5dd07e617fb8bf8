import { SetMetadata } from '@nestjs/common';

export const PUBLIC_OPERATION = 'bestuurskracht:public';

/** Marks an operation (or a whole resolver) that answers without a signed-in person: the rules still apply. */
export const Public = () => SetMetadata(PUBLIC_OPERATION, true);
