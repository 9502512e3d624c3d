import { lazy, Suspense, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { createQueryClient } from './api/queryClient';
import { AuthProvider } from './auth/AuthContext';
import { AdminPage } from './auth/CanEdit';
import { RequireAuth } from './auth/RequireAuth';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { NotFoundPage } from './components/NotFoundPage';

// Each page is its own chunk, so the first load carries only the shell.
const SignInPage = lazy(() => import('./pages/signin/SignInPage'));
const ForgotPasswordPage = lazy(() => import('./pages/signin/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/signin/ResetPasswordPage'));
const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage'));
const AssetListPage = lazy(() => import('./pages/assets/AssetListPage'));
const AssetDetailPage = lazy(() => import('./pages/asset-detail/AssetDetailPage'));
const AssetEditPage = lazy(() => import('./pages/asset-edit/AssetEditPage'));
const GraphPage = lazy(() => import('./pages/graph/GraphPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const AccountsPage = lazy(() => import('./pages/accounts/AccountsPage'));
const DiscoveryJobsPage = lazy(() => import('./pages/discovery/DiscoveryJobsPage'));
const DiscoveryJobPage = lazy(() => import('./pages/discovery/DiscoveryJobPage'));
const SettingsPage = lazy(() => import('./pages/settings/SettingsPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const ApiClientsPage = lazy(() => import('./pages/api-clients/ApiClientsPage'));
const CategoriesPage = lazy(() => import('./pages/categories/CategoriesPage'));
const ProfilePage = lazy(() => import('./pages/profile/ProfilePage'));

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthProvider>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/sign-in" element={<SignInPage />} />
              <Route path="/forgot-password" element={<ForgotPasswordPage />} />
              <Route path="/reset-password" element={<ResetPasswordPage />} />
              <Route
                element={
                  <RequireAuth>
                    <Layout />
                  </RequireAuth>
                }
              >
                <Route index element={<DashboardPage />} />
                <Route path="assets" element={<AssetListPage />} />
                <Route path="assets/new" element={<AssetEditPage />} />
                <Route path="assets/:id" element={<AssetDetailPage />} />
                <Route path="assets/:id/edit" element={<AssetEditPage />} />
                <Route path="assets/:id/graph" element={<GraphPage />} />
                <Route path="audit" element={<AuditPage />} />
                <Route path="accounts" element={<AccountsPage />} />
                <Route path="discovery" element={<DiscoveryJobsPage />} />
                <Route path="discovery/:jobId" element={<DiscoveryJobPage />} />
                <Route path="settings" element={<AdminPage><SettingsPage /></AdminPage>} />
                <Route path="settings/users" element={<AdminPage><UsersPage /></AdminPage>} />
                <Route path="settings/api-clients" element={<AdminPage><ApiClientsPage /></AdminPage>} />
                <Route path="settings/categories" element={<AdminPage><CategoriesPage /></AdminPage>} />
                <Route path="profile" element={<ProfilePage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </Suspense>
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
