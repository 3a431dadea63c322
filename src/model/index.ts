// The schema shared by the build (scripts/) and the app (src/).
export * from "./arxiv";
export * from "./graph-file";
export * from "./validate";
