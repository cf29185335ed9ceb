import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions } from '@candor/db';

export type DatabaseMode = 'server' | 'embedded';

export interface DatabaseTarget {
  url: string;
  mode: DatabaseMode;
  poolSize: number;
}

export const DATABASE_TARGET = Symbol('DATABASE_TARGET');

/** The app's TypeORM DataSource, from the same options object as the migrations CLI. */
@Module({})
export class DatabaseModule {
  static forRoot(target: DatabaseTarget): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions({ url: target.url, poolSize: target.poolSize }),
          // Start-up has already connected and migrated; fail fast instead of retrying 10 × 3 s.
          retryAttempts: 0,
        }),
      ],
      providers: [{ provide: DATABASE_TARGET, useValue: target }],
      exports: [DATABASE_TARGET],
    };
  }
}
