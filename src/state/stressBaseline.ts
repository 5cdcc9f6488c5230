// The stress colours are read against quiet standing on neutral feet: the facets' share of compression
// upright (Adams & Hutton 1980, the core's facetShareStanding coupler) at one body weight.
import { couplerById } from '../kinematics'

export const STRESS_BASELINE = couplerById('facetShareStanding')?.gain ?? 0.16
