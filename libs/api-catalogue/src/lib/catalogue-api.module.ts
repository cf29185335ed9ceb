import { Module } from '@nestjs/common';
import { CatalogueResolver } from './catalogue.resolver';

@Module({ providers: [CatalogueResolver] })
export class CatalogueApiModule {}
