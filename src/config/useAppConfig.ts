import { createContext, useContext } from 'react';
import { defaultConfig, type AppConfig } from './appConfig';
import { paths as defaultPaths, type Paths } from './paths';

export const AppConfigContext = createContext<AppConfig>(defaultConfig());
export const PathsContext = createContext<Paths>(defaultPaths);

export function useAppConfig(): AppConfig {
  return useContext(AppConfigContext);
}

/** The path builders for the current base path (the host's when embedded). */
export function usePaths(): Paths {
  return useContext(PathsContext);
}
