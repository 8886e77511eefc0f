import { Column } from 'typeorm';

/** A UTC time with milliseconds (`datetime(3)`), the one time column of every entity. */
export const UtcTimeColumn = (name: string, nullable = false): PropertyDecorator =>
  Column({ name, type: 'datetime', precision: 3, nullable }) as PropertyDecorator;
