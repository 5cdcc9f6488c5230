// Which side the story is about: the side whose hemipelvis the feet tip further forward (the chain panel tells
// it first, the labels name its structures, the feet view turns its heel to the camera). Right when both
// sides move alike (neutral, flat feet, high arches).
import type { ChainPose } from '../kinematics/types'
import type { Side } from './schema'

export function affectedSide(pose: ChainPose): Side {
  return Math.abs(pose.left.iliumAnteriorRotationDeg) > Math.abs(pose.right.iliumAnteriorRotationDeg) + 1e-6
    ? 'left'
    : 'right'
}
