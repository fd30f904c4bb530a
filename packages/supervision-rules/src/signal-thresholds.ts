/**
 * The thresholds the signals flag at, as data: each value with why it was chosen. They are the
 * platform's own choices, not a regulation's, so an office may set others (a partial override).
 */
export const signalThresholds = {
  identicalSignIns: {
    /** Trainees whose sign-ins match to the second at every one of at least `minSittings` sittings. */
    minTrainees: 3,
    minSittings: 2,
    /** Trainees signed in at one sitting within the same second. */
    sameSecondGroup: 10,
    why: 'a device reads one face or card in a few seconds: ten people in one second, or three identical to the second at two sittings, do not happen by chance',
  },
  rateAbovePeers: {
    /** The chance of the unit's rate or higher if it were a peer's; below this it is flagged. */
    maxTailProbability: 1e-4,
    minPeers: 3,
    minTrials: 20,
    why: 'one in ten thousand keeps false flags to a handful across the province’s units; fewer than three peers or twenty trials say too little',
  },
  certificateBurst: {
    /** Certificates issued within this many hours of the session's close. */
    windowHours: 24,
    minCertificates: 30,
    /** Flagged when the window is under this share of the body's usual (median) lag. */
    maxShareOfNorm: 0.25,
    why: 'marking, review and 公示 take days: thirty certificates in a day where the body usually takes four days or more skip them',
  },
} as const;

export type SignalThresholds = {
  readonly [R in keyof typeof signalThresholds]: {
    readonly [P in keyof (typeof signalThresholds)[R]]: (typeof signalThresholds)[R][P] extends number
      ? number
      : string;
  };
};
