import { useQuery } from '@tanstack/react-query';

/** An uploaded material's file, read once per page as a blob (kept: a material's content never changes). */
export function useMaterialFile(materialId: string) {
  return useQuery({
    queryKey: ['material', materialId],
    staleTime: Infinity,
    queryFn: async () => {
      const response = await fetch(`/api/v1/materials/${encodeURIComponent(materialId)}`, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      return response.blob();
    },
  });
}
