// The widget's own words before its 3D loads (the poster, the progress, the error, the summary's footer): the
// only words the element's first script carries, in both languages (a few hundred bytes), so a Spanish poster
// never flashes English. Everything else is in en.ts / es.ts, fetched with the explorer.
import type { Lang } from './lang'

const en = {
  region: 'Kinetic Chain Explorer: how the feet affect the lower back',
  disclaimer: 'Information, not a diagnosis.',
  openFull: 'Open the full explorer',
  load: 'Load the interactive 3D model of the kinetic chain from foot to lower back',
  posterAlt: 'Skeleton from the feet to the lumbar spine',
  cta: 'View in 3D',
  loadingExplorer: 'Loading the 3D explorer…',
  loadingSkeleton: 'Loading the skeleton…',
  restoring: 'Restoring the 3D view…',
  failed: (message: string) => `The 3D explorer could not start here: ${message}`,
}

const es: typeof en = {
  region: 'Kinetic Chain Explorer: cómo los pies afectan la parte baja de la espalda',
  disclaimer: 'Información, no un diagnóstico.',
  openFull: 'Abrir el explorador completo',
  load: 'Cargar el modelo 3D interactivo de la cadena cinética del pie a la zona lumbar',
  posterAlt: 'Esqueleto de los pies a la columna lumbar',
  cta: 'Ver en 3D',
  loadingExplorer: 'Cargando el explorador 3D…',
  loadingSkeleton: 'Cargando el esqueleto…',
  restoring: 'Recuperando la vista 3D…',
  failed: (message: string) => `El explorador 3D no pudo iniciarse aquí: ${message}`,
}

export type WidgetWords = typeof en
export const WIDGET_WORDS: Readonly<Record<Lang, WidgetWords>> = { en, es }
