// The CLI writes to the process-wide console; run its tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
