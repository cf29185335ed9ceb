/**
 * The shape every language of a namespace must have: the English resource with each string
 * replaced by `string`. A French file typed `Translation<typeof en>` fails to compile when a key
 * is missing or extra.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};

/** One namespace in every supported language, as bundled with the feature that owns it. */
export type NamespaceTranslations<T> = {
  en: T;
  fr: Translation<T>;
  de: Translation<T>;
  es: Translation<T>;
};
