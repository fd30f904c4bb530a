export interface NewTopic {
  readonly topic: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly config?: Readonly<Record<string, string>>;
}

export interface PartitionWatermarks {
  readonly partition: number;
  readonly low: string;
  readonly high: string;
}

export interface TopicLeaders {
  readonly topic: string;
  /** A leader of -1: none elected yet. */
  readonly partitions: readonly { readonly partition: number; readonly leader: number }[];
}

export interface GroupOffsets {
  readonly topic: string;
  /** An offset of '-1': the group never committed on that partition. */
  readonly partitions: readonly { readonly partition: number; readonly offset: string }[];
}

export interface GroupDescription {
  readonly groupId: string;
  /** The broker's name for it: 'Stable', 'Empty', 'PreparingRebalance' … */
  readonly state: string;
  readonly members: number;
}

/**
 * Topic and group administration. Errors a retry may cure (a leader moving, a coordinator still
 * loading) carry `retriable: true`, whichever client threw them.
 */
export interface KafkaAdmin {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  /** Resolves once a broker answers with the cluster's metadata. */
  describeCluster(): Promise<{ readonly brokers: number }>;
  listTopics(): Promise<string[]>;
  createTopics(topics: readonly NewTopic[]): Promise<void>;
  deleteTopics(request: { readonly topics: readonly string[] }): Promise<void>;
  fetchTopicMetadata(topics: readonly string[]): Promise<TopicLeaders[]>;
  fetchTopicOffsets(topic: string): Promise<PartitionWatermarks[]>;
  /** Without topics: every topic the group committed on. */
  fetchOffsets(query: { readonly groupId: string; readonly topics?: readonly string[] }): Promise<GroupOffsets[]>;
  /** Moves a group that has no running member. */
  setOffsets(update: {
    readonly groupId: string;
    readonly topic: string;
    readonly partitions: readonly { readonly partition: number; readonly offset: string }[];
  }): Promise<void>;
  listGroups(): Promise<string[]>;
  describeGroups(groupIds: readonly string[]): Promise<GroupDescription[]>;
  deleteGroups(groupIds: readonly string[]): Promise<void>;
}
