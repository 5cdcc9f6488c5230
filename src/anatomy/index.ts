// Anatomy data shared by the model generator (scripts/) and the app: names, landmarks, joint centres, arch recipe.
export * from './names'
export * from './frame'
export * from './landmarks'
export * from './spine'
export * from './foot'
export * from './skeleton'
export * from './arch'
