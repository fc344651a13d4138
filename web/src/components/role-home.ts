/** Where each role's console starts. */
export function homePathOf(role: string): string {
  switch (role) {
    case 'applicant':
      return '/apply';
    case 'provider':
      return '/review';
    case 'bureau':
      return '/bureau';
    case 'ministry':
      return '/ministry';
    case 'checker':
      return '/check';
    default:
      return '/';
  }
}
