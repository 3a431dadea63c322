// How far the camera may zoom, in sigma's ratio (1 shows the whole map; smaller is closer). Kept
// apart from sigma's settings so the URL's validation (../state) can read them without sigma.
export const MIN_CAMERA_RATIO = 0.03;
export const MAX_CAMERA_RATIO = 3;
