// Every user-visible string of the gait playback (issue 13), in one module so it can move into the
// English/Spanish dictionary (issue 17) at merge time. Functions where a number goes into the sentence.
export const GAIT_TEXT = {
  controlsLabel: 'Gait cycle',
  play: 'Play',
  pause: 'Pause',
  stepBack: 'Step back',
  stepForward: 'Step forward',
  scrubLabel: 'Where in the gait cycle',
  speedLabel: 'Speed',
  speed: (scale: string) => `${scale}×`,
  /** The scrub bar's spoken value: per cent of the cycle, and which foot is on the ground. */
  position: (percent: number, phase: string) => `${percent}% of the cycle: ${phase}`,
  bothFeet: 'both feet on the ground',
  rightFoot: 'right foot on the ground',
  leftFoot: 'left foot on the ground',
  flight: 'both feet in the air',
  reducedMotion: 'Motion is reduced on this device: press play or drag the bar to walk through the cycle.',
  /** Added to the exaggeration notice while walking or running. */
  exaggerationInGait:
    'While walking or running, only the foot-posture chain (what the feet add to the normal motion) is drawn larger; the normal walking or running motion is drawn as measured.',
  /** What is measured and what is assumed, beside the controls. */
  source:
    'Normal motion: OpenSim gait2392 walk and Hamner 2010 runner. The foot-posture chain is added in stance, strongest at mid-stance (an assumption; weaker in walking, Pohl 2007).',
} as const
