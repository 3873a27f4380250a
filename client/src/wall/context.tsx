/**
 * The wall's React context: its store, its API client and the translator for its language,
 * created once by `main.tsx`. Components read the store through `useWall(selector)`.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { WallApi } from './api';
import type { WallTranslate } from './i18n';
import type { WallState, WallStore } from './state/store';

export interface WallContextValue {
  store: WallStore;
  api: WallApi;
  t: WallTranslate;
}

export const WallContext = createContext<WallContextValue | null>(null);

function useWallContext(): WallContextValue {
  const value = useContext(WallContext);
  if (!value) throw new Error('Wall components must be inside <WallContext.Provider>.');
  return value;
}

/** A slice of the wall's state; re-renders when it changes. */
export function useWall<T>(selector: (state: WallState) => T): T {
  return useStore(useWallContext().store, selector);
}

/** The translator for the wall's language. */
export function useT(): WallTranslate {
  return useWallContext().t;
}

/** The store and API themselves, for effects that run outside rendering. */
export function useWallServices(): Pick<WallContextValue, 'store' | 'api'> {
  const { store, api } = useWallContext();
  return { store, api };
}
