/// <reference types="vite/client" />

/** True in builds that ship the in-browser mock OpenCTI (the dev server and `build:demo`). */
declare const __DEMO__: boolean;
