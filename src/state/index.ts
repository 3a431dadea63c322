// The app's one UI state: types, pure actions, the store and its URL binding.
export * from "./actions";
export * from "./store";
export * from "./types";
export * from "./url";
export * from "./explore";
export * from "./explore-actions";
export * from "./url-explore";
export * from "./url-camera";
export * from "./url-playback";
